"""The Qt Widgets front end. Talks to the core (``kiosk``) only through its public functions."""
