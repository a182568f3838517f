<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ti_ET">
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../../ui/screens/admin.py" line="157"/>
        <source>Administration</source>
        <extracomment>Each form field with the label naming it (texts set in the interface language).</extracomment>
        <translation>ምምሕዳር</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="167"/>
        <source>Catalogue and sync</source>
        <translation>ዝርዝርን ምውህሃድን</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="167"/>
        <source>Settings</source>
        <translation>ቅጥዕታት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="167"/>
        <source>Statistics</source>
        <translation>ጸብጻብ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="168"/>
        <source>PINs</source>
        <translation>ናይ PIN ኮዳት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="168"/>
        <location filename="../../ui/screens/admin.py" line="316"/>
        <source>Quit kiosk mode</source>
        <translation>ካብ ኩነታት ኪዮስክ ውጹ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="194"/>
        <source>No catalogue is loaded.</source>
        <translation>ዝተጻዕነ ዝርዝር የለን።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="196"/>
        <source>Catalogue version %1, published %2, valid until %3.</source>
        <translation>ዝርዝር ሕታም %1፣ ዝተዘርግሐ %2፣ ክሳብ %3 ዝሰርሕ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="201"/>
        <source>Outdated: this catalogue expired on %1. Residents are told to check with the mediator. Sync, or ask the assistant to publish a new one.</source>
        <translation>ዝኣረገ: እዚ ዝርዝር ኣብ %1 ግዜኡ ወዲኡ። ነበርቲ ንሓጋዚ ዲጂታል ክሓቱ ይንገሮም። ኣወሃህዱ፣ ወይ ሓድሽ ክዝርግሕ ንሓጋዚ ቤት ጽሕፈት ሕተቱ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="207"/>
        <source>Safe start: the kiosk restarted too often in a short time, so read aloud, the background sync and printing are off until the next start. See the log.</source>
        <translation>ውሑስ ምጅማር: ኪዮስክ ኣብ ሓጺር ግዜ ብዙሕ ግዜ ዳግማይ ጀሚሩ፣ ስለዚ ብድምጺ ምንባብ፣ ድሕረ-ባይታ ምውህሃድን ሕትመትን ክሳብ ዝቕጽል ምጅማር ጠፊኦም ኣለዉ። መዝገብ (log) ርኣዩ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="211"/>
        <source>never</source>
        <translation>ፈጺሙ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="213"/>
        <source>Workshops calendar: last read %1. Last try %2: %3</source>
        <translation>ካላንደር ዓውደ-ስራሓት፡ መወዳእታ ዝተነበበሉ %1። መወዳእታ ፈተነ %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="217"/>
        <source>No sync yet.</source>
        <translation>ክሳብ ሕጂ ምውህሃድ የለን።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="230"/>
        <source>sync interval</source>
        <translation>ግዜ ምውህሃድ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="231"/>
        <source>idle timeout</source>
        <translation>ግዜ ዕረፍቲ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="239"/>
        <source>Nothing was saved.</source>
        <translation>ዝተዓቀበ ነገር የለን።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="241"/>
        <source>Saved. Languages, read-aloud and the idle timeout change at the next start.</source>
        <translation>ተዓቂቡ። ቋንቋታት፣ ብድምጺ ምንባብን ግዜ ዕረፍትን ኣብ ዝቕጽል ምጅማር ይቕየሩ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="256"/>
        <source>The PINs are saved.</source>
        <translation>ናይ PIN ኮዳት ተዓቂቦም።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="264"/>
        <source>Give the %1 as a whole number.</source>
        <translation>%1 ብምሉእ ቁጽሪ ጽሓፉ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="277"/>
        <source>The system&apos;s default printer</source>
        <translation>ናይ ስርዓት ቀንዲ ፕሪንተር</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="293"/>
        <source>Offer read-aloud</source>
        <translation>ብድምጺ ምንባብ ኣቕርቡ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="294"/>
        <source>Site</source>
        <translation>ቦታ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="295"/>
        <source>Catalogue source (path or address)</source>
        <translation>ምንጪ ዝርዝር (መገዲ ወይ ኣድራሻ)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="296"/>
        <source>Workshops calendar (.ics path or address)</source>
        <translation>ካላንደር ዓውደ-ስራሓት (መንገዲ ወይ ኣድራሻ ናይ ics)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="297"/>
        <source>Sync every (minutes)</source>
        <translation>ምውህሃድ ኣብ ነፍሲ ወከፍ (ደቓይቕ)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="298"/>
        <source>Idle timeout (seconds)</source>
        <translation>ግዜ ዕረፍቲ (ካልኢታት)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="299"/>
        <source>Languages offered</source>
        <translation>ዝቐረቡ ቋንቋታት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="300"/>
        <source>Printer</source>
        <translation>ፕሪንተር</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="302"/>
        <source>Trusted publisher keys, one per line</source>
        <translation>እሙናት መፍትሕ ዘርጋሒ፣ ኣብ ሓደ መስመር ሓደ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="303"/>
        <source>New mediator PIN</source>
        <translation>ሓድሽ PIN ሓጋዚ ዲጂታል</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="304"/>
        <source>New admin PIN</source>
        <translation>ሓድሽ PIN ኣመሓዳሪ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="309"/>
        <source>Save the settings</source>
        <translation>ቅጥዕታት ዓቅቡ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="311"/>
        <source>Save the PINs</source>
        <translation>ናይ PIN ኮዳት ዓቅቡ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="313"/>
        <source>4 weeks</source>
        <translation>4 ሰሙናት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="313"/>
        <source>12 weeks</source>
        <translation>12 ሰሙናት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="313"/>
        <source>12 months</source>
        <translation>12 ኣዋርሕ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="318"/>
        <source>Yes, close the kiosk</source>
        <translation>እወ፣ ኪዮስክ ዕጸዉ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="321"/>
        <source>Closing the kiosk shows the system underneath. Under systemd it starts again by itself after a few seconds.</source>
        <translation>ኪዮስክ ምስ ተዓጽወ እቲ ኣብ ትሕቲኡ ዘሎ ስርዓት ይርአ። ኣብ ትሕቲ systemd ድሕሪ ቁሩብ ካልኢታት ባዕሉ እንደገና ይጀምር።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="323"/>
        <source>Sync now</source>
        <translation>ሕጂ ኣወሃህዱ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="344"/>
        <source>Most consulted procedures</source>
        <translation>ብዝያዳ ዝተራእዩ ጉዳያት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="345"/>
        <source>Languages used</source>
        <translation>ዝተጠቐምናሎም ቋንቋታት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="347"/>
        <source>Life events opened</source>
        <translation>ዝተኸፍቱ ኣርእስትታት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="349"/>
        <source>Guides</source>
        <translation>መምርሒታት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="349"/>
        <source>started</source>
        <translation>ዝጀመሩ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="349"/>
        <source>finished</source>
        <translation>ዝወድኡ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="350"/>
        <source>Did this help you?</source>
        <translation>እዚ ሓጊዙኹም ዶ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="350"/>
        <source>yes</source>
        <translation>እወ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="350"/>
        <source>no</source>
        <translation>ኣይፋል</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="351"/>
        <source>Searches that found nothing</source>
        <translation>ዋላ ሓንቲ ዘይረኸቡ ድለያታት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="351"/>
        <source>in all</source>
        <translation>ብድምር</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="353"/>
        <source>Viewed at a front desk</source>
        <translation>ኣብ ናይ መሻርኽቲ መቐበሊ ጠረጴዛ ዝተራእየ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="356"/>
        <source>Counts below 5 are shown as &lt;5. The others are rounded to the nearest 5.</source>
        <translation>ካብ 5 ዝንኣሱ ቁጽርታት ከም &lt;5 ይርኣዩ። እቶም ካልኦት ናብ ዝቐረበ 5 ይጠጋጠጉ።</translation>
    </message>
</context>
<context>
    <name>CategoryScreen</name>
    <message>
        <location filename="../../ui/screens/category.py" line="148"/>
        <source>Previous</source>
        <extracomment>The category whose screen also leads to the places and workshops of digital help. Two columns of three: big enough to read and to touch, whatever the category holds.</extracomment>
        <translation>ዝሓለፈ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/category.py" line="149"/>
        <source>More</source>
        <translation>ተወሳኺ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/category.py" line="150"/>
        <source>Digital help near here: places and workshops</source>
        <translation>ኣብ ቀረባ ዘሎ ዲጂታዊ ሓገዝ፡ ቦታታትን ዓውደ-ስራሓትን</translation>
    </message>
    <message>
        <location filename="../../ui/screens/category.py" line="156"/>
        <source>Page %1 of %2</source>
        <translation>ገጽ %1 ካብ %2</translation>
    </message>
</context>
<context>
    <name>DigitalScreen</name>
    <message>
        <location filename="../../ui/screens/digital.py" line="134"/>
        <source>Digital help near here</source>
        <extracomment>What a place offers, in this order: its pictogram, and the data·inclusion codes that say it (the current &quot;numerique&quot; thematiques and the older ones partners&apos; files still carry). Every partner with a &quot;numerique&quot; code is a place of digital help (as on the help screen). The side of a workshop&apos;s QR code at 1920x1080 (scaled with the screen): an event of ~300 bytes is a version 12-14 code, 3 pixels a module at this size.</extracomment>
        <translation>ኣብ ቀረባ ዘሎ ዲጂታዊ ሓገዝ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="145"/>
        <source>Computer, internet and help</source>
        <translation>ኮምፒተር፡ ኢንተርነትን ሓገዝን</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="146"/>
        <source>Please ask at the reception.</source>
        <translation>በጃኹም ኣብ መቐበሊ ሕተቱ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="147"/>
        <source>Workshops in the next 14 days</source>
        <translation>ኣብ ዝመጽእ 14 መዓልቲ ዘለዉ ዓውደ-ስራሓት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="148"/>
        <source>No workshop in the next 14 days. Please ask at the reception.</source>
        <translation>ኣብ ዝመጽእ 14 መዓልቲ ዓውደ-ስራሕ የለን። በጃኹም ኣብ መቐበሊ ሕተቱ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="183"/>
        <source>A computer to use</source>
        <translation>እትጥቀመሉ ኮምፒተር</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="184"/>
        <source>Internet and wifi</source>
        <translation>ኢንተርነትን ዋይፋይን</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="185"/>
        <source>Help with procedures online</source>
        <translation>ብኢንተርነት ንዝግበሩ ጉዳያት ሓገዝ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="186"/>
        <source>Learn to use a computer</source>
        <translation>ኮምፒተር ምጥቃም ተማሃሩ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="187"/>
        <source>Get a computer or a phone</source>
        <translation>ኮምፒተር ወይ ተሌፎን ርኸቡ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="231"/>
        <source>Scan it: your phone adds it to its calendar.</source>
        <translation>ስካን ግበሩዎ፡ ተሌፎንኩም ናብ ካላንደሩ ይውስኾ።</translation>
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
    <name>EligibilityScreen</name>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="191"/>
        <source>Yes</source>
        <translation>እወ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="192"/>
        <source>No</source>
        <translation>ኣይፋል</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="193"/>
        <source>Previous question</source>
        <translation>ዝሓለፈ ሕቶ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="194"/>
        <source>Skip the questions</source>
        <translation>ሕቶታት ሕለፍ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="195"/>
        <source>Change my answer</source>
        <translation>መልሰይ ቀይር</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="199"/>
        <source>There are no questions for this procedure.</source>
        <translation>ነዚ መስርሕ ሕቶታት የብሉን።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="208"/>
        <source>Is this for me? Question %1 of %2</source>
        <translation>እዚ ንዓይ ድዩ? ሕቶ %1 ካብ %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="223"/>
        <source>This procedure is probably for you.</source>
        <translation>እዚ መስርሕ ምናልባት ንዓኻ እዩ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="224"/>
        <source>Now gather the documents on the list.</source>
        <translation>ሕጂ ኣብ ዝርዝር ዘለዉ ሰነዳት ኣኪብ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="225"/>
        <source>See the list</source>
        <translation>ዝርዝር ርአ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="227"/>
        <source>This procedure is probably not for you.</source>
        <translation>እዚ መስርሕ ምናልባት ንዓኻ ኣይኮነን።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="233"/>
        <source>See the list anyway</source>
        <translation>ብዝኾነ ዝርዝር ርአ</translation>
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
    <name>Flash</name>
    <message>
        <location filename="../../ui/flash.py" line="57"/>
        <source>Information</source>
        <translation>ሓበሬታ</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="58"/>
        <source>News this month</source>
        <translation>ዜና ናይዚ ወርሒ</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="59"/>
        <source>Procedures to know</source>
        <translation>ክትፈልጥዎም ዘለኩም መስርሕታት</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="60"/>
        <source>Scan a code with your phone: you get the list of papers. No internet needed.</source>
        <translation>ብተሌፎንኩም ሓደ ኮድ ስካን ግበሩ፡ ዝርዝር ወረቓቕቲ ክትረኽቡ ኢኹም። ኢንተርነት ኣየድልን።</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="61"/>
        <source>Someone can help you</source>
        <translation>ሓደ ሰብ ክሕግዘኩም ይኽእል</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="62"/>
        <source>Phone: %1</source>
        <translation>ቴሌፎን: %1</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="63"/>
        <source>Closed this week.</source>
        <translation>ኣብዚ ሰሙን ዕጹው እዩ።</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="65"/>
        <source>%1: %2</source>
        <extracomment>Days and their hours: &quot;Monday – Friday: 09:00–12:00&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="66"/>
        <source>Ask at the reception when a person can help you.</source>
        <translation>መዓስ ሰብ ክሕግዘኩም ከም ዝኽእል ኣብ መቐበሊ ሕተቱ።</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="67"/>
        <source>Next digital workshops</source>
        <translation>ዝቕጽሉ ዲጂታል ዎርክሾፕታት</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="68"/>
        <source>There is more on the kiosk of the Maison de quartier.</source>
        <translation>ተወሳኺ ሓበሬታ ኣብቲ ማሽን ናይ ማእከል ከባቢ (Maison de quartier) ኣሎ።</translation>
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
        <location filename="../../ui/screens/guide.py" line="192"/>
        <source>Did this help you?</source>
        <extracomment>Width of the step&apos;s QR code: scanned from arm&apos;s length by a phone, beside the step&apos;s text.</extracomment>
        <translation>እዚ ሓጊዙኹም ዶ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="193"/>
        <source>Yes</source>
        <translation>እወ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="194"/>
        <source>No</source>
        <translation>ኣይፋል</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="200"/>
        <source>QR code of this page, to open it on your phone</source>
        <translation>QR ኮድ ናይዚ ገጽ፣ ኣብ ሞባይልኩም ንምኽፋቱ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="201"/>
        <source>Open this page on your phone</source>
        <translation>ነዚ ገጽ ኣብ ሞባይልኩም ክፈቱዎ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="209"/>
        <source>This procedure has no steps to follow here. Ask at the reception or a partner nearby.</source>
        <translation>እዚ ጉዳይ ኣብዚ ዝስዓብ ስጉምቲ የብሉን። ኣብ መቐበሊ ወይ ኣብ ጥቓኹም ዘሎ መሻርኽቲ ሕተቱ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="221"/>
        <source>Step %1 of %2</source>
        <translation>ስጉምቲ %1 ካብ %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="226"/>
        <source>On the internet</source>
        <translation>ብኢንተርነት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="226"/>
        <source>Go to an office</source>
        <translation>ናብ ቤት ጽሕፈት ኪዱ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="227"/>
        <source>Papers</source>
        <translation>ሰነዳት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="227"/>
        <source>By phone</source>
        <translation>ብቴሌፎን</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="236"/>
        <source>Phone: %1</source>
        <translation>ቴሌፎን: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="250"/>
        <source>Previous step</source>
        <translation>ዝሓለፈ ስጉምቲ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="251"/>
        <source>Finished</source>
        <translation>ተወዲኡ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="251"/>
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
        <location filename="../../ui/screens/help.py" line="76"/>
        <source>Where and when can a person help me?</source>
        <translation>ኣበይን መዓስን ሰብ ክሕግዘኒ ይኽእል?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="82"/>
        <source>A digital mediator can sit with you and do your procedure with you, step by step.</source>
        <translation>ሓጋዚ ዲጂታል ኣብ ጎንኹም ኮፍ ኢሉ ጉዳይኩም ስጉምቲ ብስጉምቲ ምሳኹም ክገብሮ ይኽእል።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="84"/>
        <source>You never have to give your passwords. You type them yourself.</source>
        <translation>ፓስዎርድኩም ፈጺምኩም ክትህቡ የብልኩምን። ባዕልኹም ትጽሕፉዎ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="86"/>
        <source>Bring your papers and your phone: many procedures send a code by text message.</source>
        <translation>ሰነዳትኩምን ሞባይልኩምን ኣምጽኡ: ብዙሓት ጉዳያት ብመልእኽቲ ኮድ ይሰዱ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="88"/>
        <source>Ask at the reception: they will tell you when the mediator is here.</source>
        <translation>ኣብ መቐበሊ ሕተቱ: ሓጋዚ ዲጂታል መዓስ ኣብዚ ከም ዝህሉ ክነግሩኹም እዮም።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="89"/>
        <source>See all partners nearby</source>
        <translation>ኩሎም ኣብ ጥቓ ዘለዉ መሻርኽቲ ርኣዩ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="90"/>
        <source>Digital help near here: places and workshops</source>
        <translation>ኣብ ቀረባ ዘሎ ዲጂታዊ ሓገዝ፡ ቦታታትን ዓውደ-ስራሓትን</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="91"/>
        <source>Who can help you</source>
        <translation>መን ክሕግዘኩም ይኽእል</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="92"/>
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
        <location filename="../../ui/screens/home.py" line="72"/>
        <source>Hello. What do you want to do?</source>
        <extracomment>The largest a tile&apos;s pictogram gets at 1920x1080 (smaller when the tiles have less room).</extracomment>
        <translation>ሰላም። እንታይ ክትገብሩ ትደልዩ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="76"/>
        <source>Find a procedure</source>
        <translation>ጉዳይ ድለዩ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="77"/>
        <source>Where to go? Partners nearby</source>
        <translation>ናበይ ክኸይድ? ኣብ ጥቓ ዘለዉ መሻርኽቲ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="80"/>
        <source>This information may be out of date. Check it with the mediator.</source>
        <translation>እዚ ሓበሬታ ዝኣረገ ክኸውን ይኽእል። ምስ ሓጋዚ ዲጂታል ኣረጋግጹ።</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/window.py" line="392"/>
        <source>Too many wrong PINs. Try again in %1 seconds.</source>
        <extracomment>Mediator and admin modes fall back to the resident mode after this long without a touch. Screens reached only in the mediator or admin mode. The languages one tap away on the bar; the others behind &quot;more languages&quot;, and on the bar only while one of them is on screen (so the choice shows). Every screen, by name; each is built the first time it is needed (a faster start). Only the admin mode may close the window (quitting kiosk mode).</extracomment>
        <translation>ብዙሓት ጌጋ PIN። ድሕሪ %1 ካልኢታት እንደገና ፈትኑ።</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="395"/>
        <source>No PIN is set for this mode yet: set it with the command kiosk pin set.</source>
        <translation>ነዚ ኩነታት ገና PIN ኣይተዋህቦን: ብትእዛዝ kiosk pin set ሃቡዎ።</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="398"/>
        <source>Wrong PIN.</source>
        <translation>ጌጋ PIN።</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="410"/>
        <source>Mediator mode</source>
        <translation>ኩነታት ሓጋዚ ዲጂታል</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="411"/>
        <source>Admin mode</source>
        <translation>ኩነታት ኣመሓዳሪ</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="412"/>
        <source>Helping well</source>
        <translation>ጽቡቕ ሓገዝ</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="413"/>
        <source>Settings</source>
        <translation>ቅጥዕታት</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="414"/>
        <source>Leave</source>
        <translation>ውጹ</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="494"/>
        <location filename="../../ui/window.py" line="495"/>
        <source>Home</source>
        <translation>ቀንዲ ገጽ</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="496"/>
        <source>Back</source>
        <translation>ንድሕሪት</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="497"/>
        <source>Need help?</source>
        <translation>ሓገዝ ትደልዩ ዶ?</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="507"/>
        <source>Language</source>
        <translation>ቋንቋ</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="509"/>
        <location filename="../../ui/window.py" line="510"/>
        <source>More languages</source>
        <translation>ካልኦት ቋንቋታት</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="518"/>
        <source>Stop</source>
        <translation>ደው ኣብሉ</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="518"/>
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
        <translation>ሓጋዚ ዲጂታል</translation>
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
        <location filename="../../ui/print_panel.py" line="216"/>
        <source>Printing…</source>
        <translation>ይሕተም ኣሎ…</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="218"/>
        <source>%1 prints already: that is the most for one visit</source>
        <translation>ክሳብ ሕጂ %1 ሕትመታት: እዚ ንሓደ ምብጻሕ እቲ ዝለዓለ እዩ</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="220"/>
        <source>Print this list</source>
        <translation>ነዚ ዝርዝር ሕተሙ</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="227"/>
        <source>The printer is not available. The QR code still works, and a mediator can help.</source>
        <translation>ፕሪንተር የለን። QR ኮድ ግን ይሰርሕ እዩ፣ ሓጋዚ ዲጂታል ድማ ክሕግዝ ይኽእል።</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="228"/>
        <source>The printer cannot print right now. The QR code still works, and a mediator can help.</source>
        <translation>ፕሪንተር ሕጂ ክሓትም ኣይክእልን። QR ኮድ ግን ይሰርሕ እዩ፣ ሓጋዚ ዲጂታል ድማ ክሕግዝ ይኽእል።</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="230"/>
        <source>Sent to the printer. Please wait.</source>
        <translation>ናብ ፕሪንተር ተላኢኹ። በጃኹም ተጸበዩ።</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="231"/>
        <source>Printed. Take your paper from the printer.</source>
        <translation>ተሓቲሙ። ወረቐትኩም ካብ ፕሪንተር ውሰዱ።</translation>
    </message>
</context>
<context>
    <name>ProcedureScreen</name>
    <message>
        <location filename="../../ui/screens/procedure.py" line="238"/>
        <source>This procedure is no longer in the catalogue.</source>
        <extracomment>The side column&apos;s width at 1920x1080 (scaled with the screen). How, how much and how long, as shown (read aloud after the documents). Ticked documents per procedure, for this resident&apos;s session only. No person has checked this translation yet (kiosk.reviews): said in the screen&apos;s language.</extracomment>
        <translation>እዚ ጉዳይ ድሕሪ ሕጂ ኣብ ዝርዝር የለን።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="249"/>
        <source>Some of this text is not yet translated: it is shown in French.</source>
        <translation>ገለ ክፋል ናይዚ ጽሑፍ ገና ኣይተተርጎመን: ብፈረንሳይኛ ይርአ ኣሎ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="251"/>
        <source>Translated by machine: ask the mediator if something is unclear.</source>
        <translation>ብማሽን ዝተተርጎመ፦ ገለ ነገር ንጹር እንተዘይኮይኑ ንሓጋዚ ዲጂታል ሕተቱ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="254"/>
        <source>Who is it for?</source>
        <translation>ንመን እዩ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="267"/>
        <source>Is this for me?</source>
        <translation>እዚ ንዓይ ድዩ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="269"/>
        <source>Step by step</source>
        <translation>ስጉምቲ ብስጉምቲ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="271"/>
        <source>Take this list with me</source>
        <translation>ነዚ ዝርዝር ምሳይ ክወስዶ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="273"/>
        <source>Checked against %1 (page of %2)</source>
        <translation>ምስ %1 ተረጋጊጹ (ገጽ ናይ %2)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="274"/>
        <source>Checked against %1</source>
        <translation>ምስ %1 ተረጋጊጹ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="281"/>
        <source>Online</source>
        <translation>ብኢንተርነት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="281"/>
        <source>At an office</source>
        <translation>ኣብ ቤት ጽሕፈት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="282"/>
        <source>Online or at an office</source>
        <translation>ብኢንተርነት ወይ ኣብ ቤት ጽሕፈት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="299"/>
        <source>Documents to gather</source>
        <translation>ክትእክቡዎም ዘለኩም ሰነዳት</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="300"/>
        <source>Tick what you have. Tap the i button to see what a document is.</source>
        <translation>ዘለኩም ምልክት ግበሩ። ሰነድ እንታይ ምዃኑ ንምርኣይ ናይ i መጠወቒ ጠውቑ።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="302"/>
        <source>No document is needed to start.</source>
        <translation>ንምጅማር ዝኾነ ሰነድ ኣየድልን።</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="308"/>
        <source>What is this document?</source>
        <translation>እዚ ሰነድ እንታይ እዩ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="315"/>
        <source>Who can help nearby</source>
        <translation>ኣብ ጥቓ መን ክሕግዝ ይኽእል</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="329"/>
        <source>Still to be checked:</source>
        <translation>ገና ክረጋገጽ ዘለዎ:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="331"/>
        <source>For the mediator</source>
        <translation>ንሓጋዚ ዲጂታል</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../ui/screens/search.py" line="97"/>
        <source>Find a procedure</source>
        <extracomment>Words residents often say at the desk: one tap fills the search. The room a suggested word&apos;s button gets at 1920x1080: fewer per row on a narrow screen. What the results shown were found for; whether Enter waits for the next results.</extracomment>
        <translation>ጉዳይ ድለዩ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="106"/>
        <source>Type a word, for example: health, CAF, passport</source>
        <translation>ቃል ጽሓፉ፣ ንኣብነት: santé፣ CAF፣ passeport</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="107"/>
        <source>Search</source>
        <translation>ምድላይ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="108"/>
        <source>Or tap a word:</source>
        <translation>ወይ ቃል ጠውቑ:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="109"/>
        <source>Clear</source>
        <translation>ኣጽርዩ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="172"/>
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
