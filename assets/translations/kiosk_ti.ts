<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ti_ET">
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../../ui/screens/admin.py" line="154"/>
        <source>Administration</source>
        <extracomment>Each form field with the label naming it (texts set in the interface language).</extracomment>
        <translation>ምምሕዳር</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="164"/>
        <source>Catalogue and sync</source>
        <translation>ዝርዝርን ምውህሃድን</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="164"/>
        <source>Settings</source>
        <translation>ቅጥዕታት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="164"/>
        <source>Statistics</source>
        <translation>ጸብጻብ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="165"/>
        <source>PINs</source>
        <translation>ናይ PIN ኮዳት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="165"/>
        <location filename="../../ui/screens/admin.py" line="303"/>
        <source>Quit kiosk mode</source>
        <translation>ካብ ኩነታት ኪዮስክ ውጹ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="191"/>
        <source>No catalogue is loaded.</source>
        <translation>ዝተጻዕነ ዝርዝር የለን።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="193"/>
        <source>Catalogue version %1, published %2, valid until %3.</source>
        <translation>ዝርዝር ሕታም %1፣ ዝተዘርግሐ %2፣ ክሳብ %3 ዝሰርሕ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="198"/>
        <source>Outdated: this catalogue expired on %1. Residents are told to check with the mediator. Sync, or ask the assistant to publish a new one.</source>
        <translation>ዝኣረገ: እዚ ዝርዝር ኣብ %1 ግዜኡ ወዲኡ። ነበርቲ ንሓጋዚ ክሓቱ ይንገሮም። ኣወሃህዱ፣ ወይ ሓድሽ ክዝርግሕ ንሓጋዚ ቤት ጽሕፈት ሕተቱ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="204"/>
        <source>Safe start: the kiosk restarted too often in a short time, so read aloud, the background sync and printing are off until the next start. See the log.</source>
        <translation>ውሑስ ምጅማር: ኪዮስክ ኣብ ሓጺር ግዜ ብዙሕ ግዜ ዳግማይ ጀሚሩ፣ ስለዚ ብድምጺ ምንባብ፣ ድሕረ-ባይታ ምውህሃድን ሕትመትን ክሳብ ዝቕጽል ምጅማር ጠፊኦም ኣለዉ። መዝገብ (log) ርኣዩ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="207"/>
        <source>No sync yet.</source>
        <translation>ክሳብ ሕጂ ምውህሃድ የለን።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="219"/>
        <source>sync interval</source>
        <translation>ግዜ ምውህሃድ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="220"/>
        <source>idle timeout</source>
        <translation>ግዜ ዕረፍቲ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="228"/>
        <source>Nothing was saved.</source>
        <translation>ዝተዓቀበ ነገር የለን።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="230"/>
        <source>Saved. Languages, read-aloud and the idle timeout change at the next start.</source>
        <translation>ተዓቂቡ። ቋንቋታት፣ ብድምጺ ምንባብን ግዜ ዕረፍትን ኣብ ዝቕጽል ምጅማር ይቕየሩ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="245"/>
        <source>The PINs are saved.</source>
        <translation>ናይ PIN ኮዳት ተዓቂቦም።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="253"/>
        <source>Give the %1 as a whole number.</source>
        <translation>%1 ብምሉእ ቁጽሪ ጽሓፉ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="265"/>
        <source>The system&apos;s default printer</source>
        <translation>ናይ ስርዓት ቀንዲ ፕሪንተር</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="281"/>
        <source>Offer read-aloud</source>
        <translation>ብድምጺ ምንባብ ኣቕርቡ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="282"/>
        <source>Site</source>
        <translation>ቦታ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="283"/>
        <source>Catalogue source (path or address)</source>
        <translation>ምንጪ ዝርዝር (መገዲ ወይ ኣድራሻ)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="284"/>
        <source>Sync every (minutes)</source>
        <translation>ምውህሃድ ኣብ ነፍሲ ወከፍ (ደቓይቕ)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="285"/>
        <source>Idle timeout (seconds)</source>
        <translation>ግዜ ዕረፍቲ (ካልኢታት)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="286"/>
        <source>Languages offered</source>
        <translation>ዝቐረቡ ቋንቋታት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="287"/>
        <source>Printer</source>
        <translation>ፕሪንተር</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="289"/>
        <source>Trusted publisher keys, one per line</source>
        <translation>እሙናት መፍትሕ ዘርጋሒ፣ ኣብ ሓደ መስመር ሓደ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="290"/>
        <source>New mediator PIN</source>
        <translation>ሓድሽ PIN ሓጋዚ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="291"/>
        <source>New admin PIN</source>
        <translation>ሓድሽ PIN ኣመሓዳሪ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="296"/>
        <source>Save the settings</source>
        <translation>ቅጥዕታት ዓቅቡ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="298"/>
        <source>Save the PINs</source>
        <translation>ናይ PIN ኮዳት ዓቅቡ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="300"/>
        <source>4 weeks</source>
        <translation>4 ሰሙናት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="300"/>
        <source>12 weeks</source>
        <translation>12 ሰሙናት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="300"/>
        <source>12 months</source>
        <translation>12 ኣዋርሕ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="305"/>
        <source>Yes, close the kiosk</source>
        <translation>እወ፣ ኪዮስክ ዕጸዉ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="308"/>
        <source>Closing the kiosk shows the system underneath. Under systemd it starts again by itself after a few seconds.</source>
        <translation>ኪዮስክ ምስ ተዓጽወ እቲ ኣብ ትሕቲኡ ዘሎ ስርዓት ይርአ። ኣብ ትሕቲ systemd ድሕሪ ቁሩብ ካልኢታት ባዕሉ እንደገና ይጀምር።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="310"/>
        <source>Sync now</source>
        <translation>ሕጂ ኣወሃህዱ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="330"/>
        <source>Most consulted procedures</source>
        <translation>ብዝያዳ ዝተራእዩ ጉዳያት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="331"/>
        <source>Languages used</source>
        <translation>ዝተጠቐምናሎም ቋንቋታት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="333"/>
        <source>Life events opened</source>
        <translation>ዝተኸፍቱ ኣርእስትታት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="335"/>
        <source>Guides</source>
        <translation>መምርሒታት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="335"/>
        <source>started</source>
        <translation>ዝጀመሩ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="335"/>
        <source>finished</source>
        <translation>ዝወድኡ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="336"/>
        <source>Did this help you?</source>
        <translation>እዚ ሓጊዙኹም ዶ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="336"/>
        <source>yes</source>
        <translation>እወ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="336"/>
        <source>no</source>
        <translation>ኣይፋል</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="337"/>
        <source>Searches that found nothing</source>
        <translation>ዋላ ሓንቲ ዘይረኸቡ ድለያታት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="337"/>
        <source>in all</source>
        <translation>ብድምር</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="340"/>
        <source>Counts below 5 are shown as &lt;5. The others are rounded to the nearest 5.</source>
        <translation>ካብ 5 ዝንኣሱ ቁጽርታት ከም &lt;5 ይርኣዩ። እቶም ካልኦት ናብ ዝቐረበ 5 ይጠጋጠጉ።</translation>
    </message>
</context>
<context>
    <name>CategoryScreen</name>
    <message>
        <location filename="../../ui/screens/category.py" line="134"/>
        <source>Previous</source>
        <extracomment>Two columns of three: big enough to read and to touch, whatever the category holds.</extracomment>
        <translation>ዝሓለፈ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/category.py" line="135"/>
        <source>More</source>
        <translation>ተወሳኺ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/category.py" line="140"/>
        <source>Page %1 of %2</source>
        <translation>ገጽ %1 ካብ %2</translation>
    </message>
</context>
<context>
    <name>DocumentScreen</name>
    <message>
        <location filename="../../ui/screens/document.py" line="64"/>
        <source>This document is no longer in the catalogue.</source>
        <translation>እዚ ሰነድ ድሕሪ ሕጂ ኣብ ዝርዝር የለን።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/document.py" line="70"/>
        <source>What is it?</source>
        <translation>እንታይ እዩ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/document.py" line="71"/>
        <source>What does it look like?</source>
        <translation>ከመይ ይመስል?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/document.py" line="72"/>
        <source>I don&apos;t have it: where do I get it?</source>
        <translation>የብለይን: ካበይ እረኽቦ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/document.py" line="79"/>
        <source>Some of this text is not yet translated: it is shown in French.</source>
        <translation>ገለ ክፋል ናይዚ ጽሑፍ ገና ኣይተተርጎመን: ብፈረንሳይኛ ይርአ ኣሎ።</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <location filename="../../ui/widgets/fallback_note.py" line="25"/>
        <source>Some texts are not translated yet: they are shown in French.</source>
        <translation>ገለ ጽሑፋት ገና ኣይተተርጎሙን: ብፈረንሳይኛ ይርኣዩ ኣለዉ።</translation>
    </message>
</context>
<context>
    <name>GlossaryRow</name>
    <message>
        <location filename="../../ui/widgets/glossary_row.py" line="114"/>
        <source>Words explained here</source>
        <translation>ኣብዚ ዝተገልጹ ቃላት</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/glossary_row.py" line="118"/>
        <source>What does %1 mean?</source>
        <translation>%1 እንታይ ማለት እዩ?</translation>
    </message>
</context>
<context>
    <name>GlossaryScreen</name>
    <message>
        <location filename="../../ui/screens/glossary.py" line="62"/>
        <source>This word is no longer in the catalogue.</source>
        <translation>እዚ ቃል ድሕሪ ሕጂ ኣብ ዝርዝር የለን።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/glossary.py" line="69"/>
        <source>Some of this text is not yet translated: it is shown in French.</source>
        <translation>ገለ ክፋል ናይዚ ጽሑፍ ገና ኣይተተርጎመን: ብፈረንሳይኛ ይርአ ኣሎ።</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <location filename="../../ui/screens/guide.py" line="189"/>
        <source>Did this help you?</source>
        <extracomment>Width of the step&apos;s QR code: scanned from arm&apos;s length by a phone, beside the step&apos;s text.</extracomment>
        <translation>እዚ ሓጊዙኹም ዶ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="190"/>
        <source>Yes</source>
        <translation>እወ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="191"/>
        <source>No</source>
        <translation>ኣይፋል</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="197"/>
        <source>QR code of this page, to open it on your phone</source>
        <translation>QR ኮድ ናይዚ ገጽ፣ ኣብ ሞባይልኩም ንምኽፋቱ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="198"/>
        <source>Open this page on your phone</source>
        <translation>ነዚ ገጽ ኣብ ሞባይልኩም ክፈቱዎ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="206"/>
        <source>This procedure has no steps to follow here. Ask at the reception or a partner nearby.</source>
        <translation>እዚ ጉዳይ ኣብዚ ዝስዓብ ስጉምቲ የብሉን። ኣብ መቐበሊ ወይ ኣብ ጥቓኹም ዘሎ መሻርኽቲ ሕተቱ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="217"/>
        <source>Step %1 of %2</source>
        <translation>ስጉምቲ %1 ካብ %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="222"/>
        <source>On the internet</source>
        <translation>ብኢንተርነት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="222"/>
        <source>Go to an office</source>
        <translation>ናብ ቤት ጽሕፈት ኪዱ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="223"/>
        <source>Papers</source>
        <translation>ሰነዳት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="223"/>
        <source>By phone</source>
        <translation>ብቴሌፎን</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="229"/>
        <source>Phone: %1</source>
        <translation>ቴሌፎን: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="243"/>
        <source>Previous step</source>
        <translation>ዝሓለፈ ስጉምቲ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="244"/>
        <source>Finished</source>
        <translation>ተወዲኡ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="244"/>
        <source>Next step</source>
        <translation>ዝቕጽል ስጉምቲ</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../ui/printing.py" line="146"/>
        <source>Documents to gather</source>
        <extracomment>Type sizes in points: nothing on the handout is smaller than 16 pt.</extracomment>
        <translation>ክትእክቡዎም ዘለኩም ሰነዳት</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="152"/>
        <source>only if it concerns you</source>
        <translation>እንተ ዝምልከተኩም ጥራይ</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="163"/>
        <source>Steps</source>
        <translation>ስጉምትታት</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="177"/>
        <source>Who can help you nearby</source>
        <translation>ኣብ ጥቓኹም መን ክሕግዘኩም ይኽእል</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="182"/>
        <source>Checked against %1 (page of %2)</source>
        <translation>ምስ %1 ተረጋጊጹ (ገጽ ናይ %2)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="184"/>
        <source>Checked against %1</source>
        <translation>ምስ %1 ተረጋጊጹ</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="198"/>
        <source>This list on your phone (no internet needed)</source>
        <translation>እዚ ዝርዝር ኣብ ሞባይልኩም (ኢንተርነት ኣየድልን)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="199"/>
        <source>The official website</source>
        <translation>ወግዓዊ መርበብ ሓበሬታ</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="231"/>
        <source>Phone:</source>
        <translation>ቴሌፎን:</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <location filename="../../ui/screens/help.py" line="99"/>
        <source>Where and when can a person help me?</source>
        <extracomment>The partner whose digital mediator works in the neighbourhood centre itself: shown first. data·inclusion codes of partners who help with procedures: every &quot;numerique--...&quot; one, and help with administrative procedures (older and current code).</extracomment>
        <translation>ኣበይን መዓስን ሰብ ክሕግዘኒ ይኽእል?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="105"/>
        <source>A digital mediator can sit with you and do your procedure with you, step by step.</source>
        <translation>ዲጂታላዊ ሓጋዚ ኣብ ጎንኹም ኮፍ ኢሉ ጉዳይኩም ስጉምቲ ብስጉምቲ ምሳኹም ክገብሮ ይኽእል።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="107"/>
        <source>You never have to give your passwords. You type them yourself.</source>
        <translation>ፓስዎርድኩም ፈጺምኩም ክትህቡ የብልኩምን። ባዕልኹም ትጽሕፉዎ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="109"/>
        <source>Bring your papers and your phone: many procedures send a code by text message.</source>
        <translation>ሰነዳትኩምን ሞባይልኩምን ኣምጽኡ: ብዙሓት ጉዳያት ብመልእኽቲ ኮድ ይሰዱ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="111"/>
        <source>Ask at the reception: they will tell you when the mediator is here.</source>
        <translation>ኣብ መቐበሊ ሕተቱ: ሓጋዚ መዓስ ኣብዚ ከም ዝህሉ ክነግሩኹም እዮም።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="112"/>
        <source>See all partners nearby</source>
        <translation>ኩሎም ኣብ ጥቓ ዘለዉ መሻርኽቲ ርኣዩ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="113"/>
        <source>Who can help you</source>
        <translation>መን ክሕግዘኩም ይኽእል</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="114"/>
        <source>Please ask at the reception.</source>
        <translation>በጃኹም ኣብ መቐበሊ ሕተቱ።</translation>
    </message>
</context>
<context>
    <name>HelpingScreen</name>
    <message>
        <location filename="../../ui/screens/helping.py" line="35"/>
        <source>Helping well</source>
        <translation>ጽቡቕ ሓገዝ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="40"/>
        <source>The resident decides</source>
        <translation>ነባሪ ይውስን</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="41"/>
        <source>Explain, show, and let the resident do it whenever they can. Ask before you act on their behalf, and say what you are doing at each step.</source>
        <translation>ግለጹ፣ ኣርእዩ፣ ነባሪ ክኽእል ከሎ ባዕሉ ክገብሮ ግደፉዎ። ኣብ ክንድኡ ቅድሚ ምግባርኩም ሕተቱ፣ ኣብ ነፍሲ ወከፍ ስጉምቲ እንታይ ትገብሩ ከም ዘለኹም ንገሩ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="43"/>
        <source>Never their password</source>
        <translation>ፓስዎርድ ነባሪ ፈጺምኩም ኣይትውሰዱ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="44"/>
        <source>Never keep, note or type a resident&apos;s password or codes for them. They type it themselves; look away. Never use your own email address or phone number for their accounts.</source>
        <translation>ፓስዎርድ ወይ ኮዳት ነባሪ ፈጺምኩም ኣይትዕቀቡ፣ ኣይትጽሓፉ፣ ኣብ ክንድኡ ኣይትተይቡ። ባዕሉ ይጽሕፎ፤ ንስኹም ናብ ካልእ ጠምቱ። ንሕሳባቱ ናትኩም ኢመይል ወይ ቁጽሪ ቴሌፎን ፈጺምኩም ኣይትጠቐሙ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="47"/>
        <source>Acting in their name: Aidants Connect</source>
        <translation>ብስሙ ምስራሕ: Aidants Connect</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="48"/>
        <source>To do a procedure in the resident&apos;s place, a professional helper needs an Aidants Connect mandate: the resident signs it with FranceConnect, it lists the procedures and lasts at most one year. Only salaried helpers of an approved structure can use it: not volunteers, civic service, family or elected members.</source>
        <translation>ኣብ ክንዲ ነባሪ ጉዳይ ንምግባር፣ ሞያዊ ሓጋዚ ናይ Aidants Connect ውክልና የድልዮ: ነባሪ ብFranceConnect ይፍርሞ፣ ጉዳያት ይዝርዝር፣ ካብ ሓደ ዓመት ንላዕሊ ኣይጸንሕን። ደሞዝተኛታት ሓገዝቲ ናይ ዝተፈቕደ ትካል ጥራይ ክጥቀሙሉ ይኽእሉ: ወለንተኛታት፣ ሲቪላዊ ኣገልግሎት፣ ስድራ ወይ ሕሩያት ኣባላት ኣይኮኑን።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="52"/>
        <source>Their papers stay theirs</source>
        <translation>ሰነዳቱ ናቱ እዮም</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="53"/>
        <source>Scan or photograph documents only for the procedure, send them, then delete them from the computer and its downloads. Keep no copy and no notes about the resident.</source>
        <translation>ሰነዳት ንጉዳዩ ጥራይ ስካን ወይ ስእሊ ኣልዕሉ፣ ስደዱዎም፣ ድሕሪኡ ካብ ኮምፒተርን ካብ ዳውንሎድን ደምስሱዎም። ብዛዕባ ነባሪ ቅዳሕ ወይ መዘኻኸሪ ኣይትዕቀቡ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="56"/>
        <source>Close everything</source>
        <translation>ኩሉ ዕጸዉ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="57"/>
        <source>At the end, log out of every website, close the browser and check nothing is left open or saved. The kiosk itself keeps nothing once it resets.</source>
        <translation>ኣብ መወዳእታ ካብ ኩሉ መርበባት ውጹ፣ ብራውዘር ዕጸዉ፣ ክፉት ወይ ዝተዓቀበ ነገር ከም ዘይተረፈ ኣረጋግጹ። ኪዮስክ ባዕሉ ድሕሪ ዳግማይ ምጅማር ዋላ ሓንቲ ኣይዕቅብን።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="59"/>
        <source>A handout to take away</source>
        <translation>ዝውሰድ ወረቐት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="60"/>
        <source>Give the resident the printed list or the QR code of the procedure, so they know what to gather and what comes next.</source>
        <translation>እንታይ ከም ዝእክብን ቀጺሉ እንታይ ከም ዝመጽእን ምእንቲ ክፈልጥ፣ ንነባሪ ዝተሓትመ ዝርዝር ወይ QR ኮድ ናይቲ ጉዳይ ሃቡዎ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="76"/>
        <source>Sources: aidantsconnect.beta.gouv.fr, read on 25 November 2026.</source>
        <translation>ምንጭታት: aidantsconnect.beta.gouv.fr፣ ኣብ 25 ሕዳር 2026 ዝተነበ።</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../ui/screens/home.py" line="57"/>
        <source>Hello. What do you want to do?</source>
        <extracomment>The largest a tile&apos;s pictogram gets at 1920x1080 (smaller when the tiles have less room).</extracomment>
        <translation>ሰላም። እንታይ ክትገብሩ ትደልዩ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="61"/>
        <source>Find a procedure</source>
        <translation>ጉዳይ ድለዩ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="62"/>
        <source>Where to go? Partners nearby</source>
        <translation>ናበይ ክኸይድ? ኣብ ጥቓ ዘለዉ መሻርኽቲ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="65"/>
        <source>This information may be out of date. Check it with the mediator.</source>
        <translation>እዚ ሓበሬታ ዝኣረገ ክኸውን ይኽእል። ምስ ሓጋዚ ኣረጋግጹ።</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/window.py" line="349"/>
        <source>Too many wrong PINs. Try again in %1 seconds.</source>
        <extracomment>Mediator and admin modes fall back to the resident mode after this long without a touch. Screens reached only in the mediator or admin mode. The languages one tap away on the bar; the others behind &quot;more languages&quot;, and on the bar only while one of them is on screen (so the choice shows). Every screen, by name; each is built the first time it is needed (a faster start). Only the admin mode may close the window (quitting kiosk mode).</extracomment>
        <translation>ብዙሓት ጌጋ PIN። ድሕሪ %1 ካልኢታት እንደገና ፈትኑ።</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="352"/>
        <source>No PIN is set for this mode yet: set it with the command kiosk pin set.</source>
        <translation>ነዚ ኩነታት ገና PIN ኣይተዋህቦን: ብትእዛዝ kiosk pin set ሃቡዎ።</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="355"/>
        <source>Wrong PIN.</source>
        <translation>ጌጋ PIN።</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="367"/>
        <source>Mediator mode</source>
        <translation>ኩነታት ሓጋዚ</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="368"/>
        <source>Admin mode</source>
        <translation>ኩነታት ኣመሓዳሪ</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="369"/>
        <source>Helping well</source>
        <translation>ጽቡቕ ሓገዝ</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="370"/>
        <source>Settings</source>
        <translation>ቅጥዕታት</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="371"/>
        <source>Leave</source>
        <translation>ውጹ</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="441"/>
        <location filename="../../ui/window.py" line="442"/>
        <source>Home</source>
        <translation>ቀንዲ ገጽ</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="443"/>
        <source>Back</source>
        <translation>ንድሕሪት</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="444"/>
        <source>Need help?</source>
        <translation>ሓገዝ ትደልዩ ዶ?</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="453"/>
        <source>Language</source>
        <translation>ቋንቋ</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="455"/>
        <location filename="../../ui/window.py" line="456"/>
        <source>More languages</source>
        <translation>ካልኦት ቋንቋታት</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="464"/>
        <source>Stop</source>
        <translation>ደው ኣብሉ</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="464"/>
        <source>Listen</source>
        <translation>ስምዑ</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <location filename="../../ui/widgets/language_panel.py" line="104"/>
        <source>Choose your language</source>
        <translation>ቋንቋኹም ምረጹ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/language_panel.py" line="107"/>
        <source>Close</source>
        <translation>ዕጸዉ</translation>
    </message>
</context>
<context>
    <name>PartnerCard</name>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="110"/>
        <source>We are still checking these details. Please ask at the reception.</source>
        <extracomment>Room each side of a text: Qt draws some mixed Arabic and Latin lines a few pixels wider than it measured them, and the overhang would be cut off at the label&apos;s edge. RIGHT-TO-LEFT MARK: makes a paragraph right-to-left even when it starts with a Latin word.</extracomment>
        <translation>ነዚ ሓበሬታ ገና ነረጋግጾ ኣለና። በጃኹም ኣብ መቐበሊ ሕተቱ።</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="143"/>
        <source>Opening hours not known</source>
        <translation>ሰዓታት ስራሕ ኣይፍለጥን</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="150"/>
        <source>Today: {hours}</source>
        <translation>ሎሚ: {hours}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="159"/>
        <source>We do not know if it is open now</source>
        <translation>ሕጂ ክፉት እንተኾነ ኣይንፈልጥን</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="162"/>
        <source>Open now</source>
        <translation>ሕጂ ክፉት እዩ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="164"/>
        <source>Open now — closes at {time}</source>
        <translation>ሕጂ ክፉት እዩ — ኣብ {time} ይዕጾ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="165"/>
        <source>Open now — closes tomorrow at {time}</source>
        <translation>ሕጂ ክፉት እዩ — ጽባሕ ኣብ {time} ይዕጾ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="166"/>
        <source>Open now — closes {day} at {time}</source>
        <translation>ሕጂ ክፉት እዩ — {day} ኣብ {time} ይዕጾ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="167"/>
        <source>Open now — closes on {date} at {time}</source>
        <translation>ሕጂ ክፉት እዩ — {date} ኣብ {time} ይዕጾ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="171"/>
        <source>Closed now</source>
        <translation>ሕጂ ዕጹው እዩ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="173"/>
        <source>Closed now — opens at {time}</source>
        <translation>ሕጂ ዕጹው እዩ — ኣብ {time} ይኽፈት</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="174"/>
        <source>Closed now — opens tomorrow at {time}</source>
        <translation>ሕጂ ዕጹው እዩ — ጽባሕ ኣብ {time} ይኽፈት</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="175"/>
        <source>Closed now — opens {day} at {time}</source>
        <translation>ሕጂ ዕጹው እዩ — {day} ኣብ {time} ይኽፈት</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="176"/>
        <source>Closed now — opens on {date} at {time}</source>
        <translation>ሕጂ ዕጹው እዩ — {date} ኣብ {time} ይኽፈት</translation>
    </message>
</context>
<context>
    <name>PartnersScreen</name>
    <message>
        <location filename="../../ui/screens/partners.py" line="152"/>
        <source>Who can help you nearby</source>
        <extracomment>Partner cards side by side at 1920 px: about 70 characters a line, easy to read. Theme buttons in one row at most. The narrowest a theme button gets at 1920x1080: fewer per row on a narrower screen. The opening-hours lines are computed again this often while the screen is shown. In the order the buttons appear. The data·inclusion codes are &quot;prefix--detail&quot;; both the current list and the older one (difficultes-*) are grouped here.</extracomment>
        <translation>ኣብ ጥቓኹም መን ክሕግዘኩም ይኽእል</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="168"/>
        <source>Some texts are not translated yet: they are shown in French.</source>
        <translation>ገለ ጽሑፋት ገና ኣይተተርጎሙን: ብፈረንሳይኛ ይርኣዩ ኣለዉ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="170"/>
        <source>No partners are listed yet. Please ask at the reception.</source>
        <translation>ገና ዝተመዝገቡ መሻርኽቲ የለዉን። በጃኹም ኣብ መቐበሊ ሕተቱ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="225"/>
        <source>All</source>
        <translation>ኩሉ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="226"/>
        <source>Papers and rights</source>
        <translation>ሰነዳትን መሰላትን</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="227"/>
        <source>Computer and internet</source>
        <translation>ኮምፒተርን ኢንተርነትን</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="228"/>
        <source>Money</source>
        <translation>ገንዘብ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="229"/>
        <source>Housing</source>
        <translation>መንበሪ ገዛ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="230"/>
        <source>Family</source>
        <translation>ስድራ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="231"/>
        <source>Health</source>
        <translation>ጥዕና</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="232"/>
        <source>Work and training</source>
        <translation>ስራሕን ስልጠናን</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="233"/>
        <source>Reading and French</source>
        <translation>ንባብን ፈረንሳይኛን</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="234"/>
        <source>Getting around</source>
        <translation>መጓዓዝያ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="235"/>
        <source>Food and clothes</source>
        <translation>መግብን ክዳንን</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="236"/>
        <source>Meeting people</source>
        <translation>ምስ ሰባት ምርኻብ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="237"/>
        <source>Other help</source>
        <translation>ካልእ ሓገዝ</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="112"/>
        <source>Mediator</source>
        <translation>ሓጋዚ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="112"/>
        <source>Administration</source>
        <translation>ምምሕዳር</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="113"/>
        <source>Erase</source>
        <translation>ደምስሱ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="113"/>
        <source>OK</source>
        <translation>ሕራይ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="114"/>
        <source>Cancel</source>
        <translation>ሰርዙ</translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <location filename="../../ui/print_panel.py" line="214"/>
        <source>Printing…</source>
        <translation>ይሕተም ኣሎ…</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="216"/>
        <source>%1 prints already: that is the most for one visit</source>
        <translation>ክሳብ ሕጂ %1 ሕትመታት: እዚ ንሓደ ምብጻሕ እቲ ዝለዓለ እዩ</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="218"/>
        <source>Print this list</source>
        <translation>ነዚ ዝርዝር ሕተሙ</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="225"/>
        <source>The printer is not available. The QR code still works, and a mediator can help.</source>
        <translation>ፕሪንተር የለን። QR ኮድ ግን ይሰርሕ እዩ፣ ሓጋዚ ድማ ክሕግዝ ይኽእል።</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="226"/>
        <source>The printer cannot print right now. The QR code still works, and a mediator can help.</source>
        <translation>ፕሪንተር ሕጂ ክሓትም ኣይክእልን። QR ኮድ ግን ይሰርሕ እዩ፣ ሓጋዚ ድማ ክሕግዝ ይኽእል።</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="228"/>
        <source>Sent to the printer. Please wait.</source>
        <translation>ናብ ፕሪንተር ተላኢኹ። በጃኹም ተጸበዩ።</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="229"/>
        <source>Printed. Take your paper from the printer.</source>
        <translation>ተሓቲሙ። ወረቐትኩም ካብ ፕሪንተር ውሰዱ።</translation>
    </message>
</context>
<context>
    <name>ProcedureScreen</name>
    <message>
        <location filename="../../ui/screens/procedure.py" line="213"/>
        <source>This procedure is no longer in the catalogue.</source>
        <extracomment>The side column&apos;s width at 1920x1080 (scaled with the screen). How, how much and how long, as shown (read aloud after the documents). Ticked documents per procedure, for this resident&apos;s session only.</extracomment>
        <translation>እዚ ጉዳይ ድሕሪ ሕጂ ኣብ ዝርዝር የለን።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="222"/>
        <source>Some of this text is not yet translated: it is shown in French.</source>
        <translation>ገለ ክፋል ናይዚ ጽሑፍ ገና ኣይተተርጎመን: ብፈረንሳይኛ ይርአ ኣሎ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="225"/>
        <source>Who is it for?</source>
        <translation>ንመን እዩ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="235"/>
        <source>Step by step</source>
        <translation>ስጉምቲ ብስጉምቲ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="237"/>
        <source>Take this list with me</source>
        <translation>ነዚ ዝርዝር ምሳይ ክወስዶ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="239"/>
        <source>Checked against %1 (page of %2)</source>
        <translation>ምስ %1 ተረጋጊጹ (ገጽ ናይ %2)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="240"/>
        <source>Checked against %1</source>
        <translation>ምስ %1 ተረጋጊጹ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="247"/>
        <source>Online</source>
        <translation>ብኢንተርነት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="247"/>
        <source>At an office</source>
        <translation>ኣብ ቤት ጽሕፈት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="248"/>
        <source>Online or at an office</source>
        <translation>ብኢንተርነት ወይ ኣብ ቤት ጽሕፈት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="265"/>
        <source>Documents to gather</source>
        <translation>ክትእክቡዎም ዘለኩም ሰነዳት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="266"/>
        <source>Tick what you have. Tap the i button to see what a document is.</source>
        <translation>ዘለኩም ምልክት ግበሩ። ሰነድ እንታይ ምዃኑ ንምርኣይ ናይ i መጠወቒ ጠውቑ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="268"/>
        <source>No document is needed to start.</source>
        <translation>ንምጅማር ዝኾነ ሰነድ ኣየድልን።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="272"/>
        <source>What is this document?</source>
        <translation>እዚ ሰነድ እንታይ እዩ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="279"/>
        <source>Who can help nearby</source>
        <translation>ኣብ ጥቓ መን ክሕግዝ ይኽእል</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="292"/>
        <source>Still to be checked:</source>
        <translation>ገና ክረጋገጽ ዘለዎ:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="294"/>
        <source>For the mediator</source>
        <translation>ንሓጋዚ</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../ui/screens/search.py" line="93"/>
        <source>Find a procedure</source>
        <extracomment>Words residents often say at the desk: one tap fills the search. The room a suggested word&apos;s button gets at 1920x1080: fewer per row on a narrow screen.</extracomment>
        <translation>ጉዳይ ድለዩ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="102"/>
        <source>Type a word, for example: health, CAF, passport</source>
        <translation>ቃል ጽሓፉ፣ ንኣብነት: santé፣ CAF፣ passeport</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="103"/>
        <source>Search</source>
        <translation>ምድላይ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="104"/>
        <source>Or tap a word:</source>
        <translation>ወይ ቃል ጠውቑ:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="105"/>
        <source>Clear</source>
        <translation>ኣጽርዩ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="147"/>
        <source>Nothing found. Try another word, or go back to the home screen.</source>
        <translation>ዝተረኽበ የለን። ካልእ ቃል ፈትኑ፣ ወይ ናብ ቀንዲ ገጽ ተመለሱ።</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="46"/>
        <source>Are you still there?</source>
        <translation>ገና ኣለኹም ዶ?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="47"/>
        <source>Everything will be cleared in %1 seconds.</source>
        <translation>ኩሉ ድሕሪ %1 ካልኢታት ክድምሰስ እዩ።</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="48"/>
        <source>Yes, I am here</source>
        <translation>እወ፣ ኣለኹ</translation>
    </message>
</context>
<context>
    <name>TakeawayScreen</name>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="127"/>
        <source>Take it with me</source>
        <extracomment>Width of each QR code&apos;s column; the codes grow with the height left to them (about 550 px at 1920x1080), enough for 4 screen pixels a module on the densest checklist.</extracomment>
        <translation>ምሳይ ክወስዶ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="241"/>
        <source>Your checklist on your phone (no internet needed)</source>
        <translation>ዝርዝርኩም ኣብ ሞባይልኩም (ኢንተርነት ኣየድልን)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="242"/>
        <source>QR code of your checklist</source>
        <translation>QR ኮድ ናይ ዝርዝርኩም</translation>
    </message>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="243"/>
        <source>The official website</source>
        <translation>ወግዓዊ መርበብ ሓበሬታ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="244"/>
        <source>QR code of the official website</source>
        <translation>QR ኮድ ናይ ወግዓዊ መርበብ ሓበሬታ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="249"/>
        <source>This procedure is no longer in the catalogue.</source>
        <translation>እዚ ጉዳይ ድሕሪ ሕጂ ኣብ ዝርዝር የለን።</translation>
    </message>
</context>
</TS>
