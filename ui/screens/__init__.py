"""One module per screen of DESIGN.md section 5."""
