<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_AF">
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../../ui/screens/admin.py" line="154"/>
        <source>Administration</source>
        <extracomment>Each form field with the label naming it (texts set in the interface language).</extracomment>
        <translation>مدیریت</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="164"/>
        <source>Catalogue and sync</source>
        <translation>فهرست و همگام‌سازی</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="164"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="164"/>
        <source>Statistics</source>
        <translation>آمار</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="165"/>
        <source>PINs</source>
        <translation>رمزهای PIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="165"/>
        <location filename="../../ui/screens/admin.py" line="303"/>
        <source>Quit kiosk mode</source>
        <translation>خروج از حالت کیوسک</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="191"/>
        <source>No catalogue is loaded.</source>
        <translation>هیچ فهرستی بار نشده است.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="193"/>
        <source>Catalogue version %1, published %2, valid until %3.</source>
        <translation>فهرست نسخهٔ %1، نشر شده %2، معتبر تا %3.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="198"/>
        <source>Outdated: this catalogue expired on %1. Residents are told to check with the mediator. Sync, or ask the assistant to publish a new one.</source>
        <translation>کهنه: اعتبار این فهرست در %1 ختم شد. به باشندگان گفته می‌شود که از رهنما بپرسند. همگام‌سازی کنید، یا از دستیار بخواهید فهرست نو نشر کند.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="204"/>
        <source>Safe start: the kiosk restarted too often in a short time, so read aloud, the background sync and printing are off until the next start. See the log.</source>
        <translation>شروع مصئون: کیوسک در وقت کوتاه چند بار دوباره شروع شد، پس خواندن با صدا، همگام‌سازی پس‌زمینه و چاپ تا شروع بعدی خاموش هستند. ثبت (log) را ببینید.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="207"/>
        <source>No sync yet.</source>
        <translation>هنوز همگام‌سازی نشده است.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="219"/>
        <source>sync interval</source>
        <translation>فاصلهٔ همگام‌سازی</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="220"/>
        <source>idle timeout</source>
        <translation>وقت بی‌کاری</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="228"/>
        <source>Nothing was saved.</source>
        <translation>هیچ چیز ذخیره نشد.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="230"/>
        <source>Saved. Languages, read-aloud and the idle timeout change at the next start.</source>
        <translation>ذخیره شد. زبان‌ها، خواندن با صدا و وقت بی‌کاری در شروع بعدی تغییر می‌کنند.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="245"/>
        <source>The PINs are saved.</source>
        <translation>رمزهای PIN ذخیره شدند.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="253"/>
        <source>Give the %1 as a whole number.</source>
        <translation>%1 را به عدد تام بنویسید.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="265"/>
        <source>The system&apos;s default printer</source>
        <translation>پرنتر پیش‌فرض سیستم</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="281"/>
        <source>Offer read-aloud</source>
        <translation>پیشنهاد خواندن با صدا</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="282"/>
        <source>Site</source>
        <translation>محل</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="283"/>
        <source>Catalogue source (path or address)</source>
        <translation>منبع فهرست (مسیر یا آدرس)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="284"/>
        <source>Sync every (minutes)</source>
        <translation>همگام‌سازی هر (دقیقه)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="285"/>
        <source>Idle timeout (seconds)</source>
        <translation>وقت بی‌کاری (ثانیه)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="286"/>
        <source>Languages offered</source>
        <translation>زبان‌های پیشنهاد شده</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="287"/>
        <source>Printer</source>
        <translation>پرنتر</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="289"/>
        <source>Trusted publisher keys, one per line</source>
        <translation>کلیدهای مورد اعتماد نشرکننده، هر کدام در یک سطر</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="290"/>
        <source>New mediator PIN</source>
        <translation>PIN نو برای رهنما</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="291"/>
        <source>New admin PIN</source>
        <translation>PIN نو برای مدیر</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="296"/>
        <source>Save the settings</source>
        <translation>ذخیرهٔ تنظیمات</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="298"/>
        <source>Save the PINs</source>
        <translation>ذخیرهٔ رمزهای PIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="300"/>
        <source>4 weeks</source>
        <translation>۴ هفته</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="300"/>
        <source>12 weeks</source>
        <translation>۱۲ هفته</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="300"/>
        <source>12 months</source>
        <translation>۱۲ ماه</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="305"/>
        <source>Yes, close the kiosk</source>
        <translation>بلی، کیوسک را ببندید</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="308"/>
        <source>Closing the kiosk shows the system underneath. Under systemd it starts again by itself after a few seconds.</source>
        <translation>با بستن کیوسک، سیستم زیر آن دیده می‌شود. زیر systemd، بعد از چند ثانیه خودش دوباره شروع می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="310"/>
        <source>Sync now</source>
        <translation>حالا همگام‌سازی کنید</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="330"/>
        <source>Most consulted procedures</source>
        <translation>کارهای اداری که بیشتر دیده شده‌اند</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="331"/>
        <source>Languages used</source>
        <translation>زبان‌های استفاده شده</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="333"/>
        <source>Life events opened</source>
        <translation>موضوع‌های باز شده</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="335"/>
        <source>Guides</source>
        <translation>رهنمودها</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="335"/>
        <source>started</source>
        <translation>شروع شده</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="335"/>
        <source>finished</source>
        <translation>تمام شده</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="336"/>
        <source>Did this help you?</source>
        <translation>آیا این به شما کمک کرد؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="336"/>
        <source>yes</source>
        <translation>بلی</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="336"/>
        <source>no</source>
        <translation>نخیر</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="337"/>
        <source>Searches that found nothing</source>
        <translation>جستجوهای بی‌نتیجه</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="337"/>
        <source>in all</source>
        <translation>در کل</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="340"/>
        <source>Counts below 5 are shown as &lt;5. The others are rounded to the nearest 5.</source>
        <translation>شمار کمتر از ۵ به شکل &lt;5 نشان داده می‌شود. دیگرها به نزدیک‌ترین ۵ گرد می‌شوند.</translation>
    </message>
</context>
<context>
    <name>CategoryScreen</name>
    <message>
        <location filename="../../ui/screens/category.py" line="134"/>
        <source>Previous</source>
        <extracomment>Two columns of three: big enough to read and to touch, whatever the category holds.</extracomment>
        <translation>قبلی</translation>
    </message>
    <message>
        <location filename="../../ui/screens/category.py" line="135"/>
        <source>More</source>
        <translation>بیشتر</translation>
    </message>
    <message>
        <location filename="../../ui/screens/category.py" line="140"/>
        <source>Page %1 of %2</source>
        <translation>صفحهٔ %1 از %2</translation>
    </message>
</context>
<context>
    <name>DocumentScreen</name>
    <message>
        <location filename="../../ui/screens/document.py" line="64"/>
        <source>This document is no longer in the catalogue.</source>
        <translation>این سند دیگر در فهرست نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/document.py" line="70"/>
        <source>What is it?</source>
        <translation>این چیست؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/document.py" line="71"/>
        <source>What does it look like?</source>
        <translation>چه شکلی دارد؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/document.py" line="72"/>
        <source>I don&apos;t have it: where do I get it?</source>
        <translation>آن را ندارم: از کجا بگیرم؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/document.py" line="79"/>
        <source>Some of this text is not yet translated: it is shown in French.</source>
        <translation>بخشی از این متن هنوز ترجمه نشده است: به فرانسوی نشان داده می‌شود.</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <location filename="../../ui/widgets/fallback_note.py" line="25"/>
        <source>Some texts are not translated yet: they are shown in French.</source>
        <translation>بعضی متن‌ها هنوز ترجمه نشده‌اند: به فرانسوی نشان داده می‌شوند.</translation>
    </message>
</context>
<context>
    <name>GlossaryRow</name>
    <message>
        <location filename="../../ui/widgets/glossary_row.py" line="114"/>
        <source>Words explained here</source>
        <translation>کلمه‌هایی که اینجا معنا شده‌اند</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/glossary_row.py" line="118"/>
        <source>What does %1 mean?</source>
        <translation>%1 یعنی چه؟</translation>
    </message>
</context>
<context>
    <name>GlossaryScreen</name>
    <message>
        <location filename="../../ui/screens/glossary.py" line="62"/>
        <source>This word is no longer in the catalogue.</source>
        <translation>این کلمه دیگر در فهرست نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/glossary.py" line="69"/>
        <source>Some of this text is not yet translated: it is shown in French.</source>
        <translation>بخشی از این متن هنوز ترجمه نشده است: به فرانسوی نشان داده می‌شود.</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <location filename="../../ui/screens/guide.py" line="189"/>
        <source>Did this help you?</source>
        <extracomment>Width of the step&apos;s QR code: scanned from arm&apos;s length by a phone, beside the step&apos;s text.</extracomment>
        <translation>آیا این به شما کمک کرد؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="190"/>
        <source>Yes</source>
        <translation>بلی</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="191"/>
        <source>No</source>
        <translation>نخیر</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="197"/>
        <source>QR code of this page, to open it on your phone</source>
        <translation>کود QR این صفحه، برای باز کردن آن در موبایل شما</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="198"/>
        <source>Open this page on your phone</source>
        <translation>این صفحه را در موبایل خود باز کنید</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="206"/>
        <source>This procedure has no steps to follow here. Ask at the reception or a partner nearby.</source>
        <translation>این کار اداری اینجا مرحله‌ای ندارد. از پذیرش یا از یک همکار نزدیک بپرسید.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="217"/>
        <source>Step %1 of %2</source>
        <translation>مرحلهٔ %1 از %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="222"/>
        <source>On the internet</source>
        <translation>در انترنت</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="222"/>
        <source>Go to an office</source>
        <translation>به یک دفتر بروید</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="223"/>
        <source>Papers</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="223"/>
        <source>By phone</source>
        <translation>با تیلفون</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="229"/>
        <source>Phone: %1</source>
        <translation>تیلفون: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="243"/>
        <source>Previous step</source>
        <translation>مرحلهٔ قبلی</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="244"/>
        <source>Finished</source>
        <translation>تمام شد</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="244"/>
        <source>Next step</source>
        <translation>مرحلهٔ بعدی</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../ui/printing.py" line="146"/>
        <source>Documents to gather</source>
        <extracomment>Type sizes in points: nothing on the handout is smaller than 16 pt.</extracomment>
        <translation>اسنادی که باید جمع کنید</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="152"/>
        <source>only if it concerns you</source>
        <translation>فقط اگر به شما مربوط است</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="163"/>
        <source>Steps</source>
        <translation>مراحل</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="177"/>
        <source>Who can help you nearby</source>
        <translation>چه کسی در نزدیکی به شما کمک کرده می‌تواند</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="182"/>
        <source>Checked against %1 (page of %2)</source>
        <translation>بررسی شده با %1 (صفحهٔ تاریخ %2)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="184"/>
        <source>Checked against %1</source>
        <translation>بررسی شده با %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="198"/>
        <source>This list on your phone (no internet needed)</source>
        <translation>این لست در موبایل شما (انترنت لازم نیست)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="199"/>
        <source>The official website</source>
        <translation>ویب‌سایت رسمی</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="231"/>
        <source>Phone:</source>
        <translation>تیلفون:</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <location filename="../../ui/screens/help.py" line="99"/>
        <source>Where and when can a person help me?</source>
        <extracomment>The partner whose digital mediator works in the neighbourhood centre itself: shown first. data·inclusion codes of partners who help with procedures: every &quot;numerique--...&quot; one, and help with administrative procedures (older and current code).</extracomment>
        <translation>کجا و چه وقت یک نفر به من کمک کرده می‌تواند؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="105"/>
        <source>A digital mediator can sit with you and do your procedure with you, step by step.</source>
        <translation>یک رهنمای دیجیتال می‌تواند کنار شما بنشیند و کار اداری شما را قدم به قدم با شما انجام دهد.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="107"/>
        <source>You never have to give your passwords. You type them yourself.</source>
        <translation>هیچ وقت لازم نیست رمزهای خود را بدهید. خودتان آن‌ها را تایپ می‌کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="109"/>
        <source>Bring your papers and your phone: many procedures send a code by text message.</source>
        <translation>اسناد و موبایل خود را بیاورید: بسیاری از کارهای اداری یک کود با پیام کوتاه می‌فرستند.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="111"/>
        <source>Ask at the reception: they will tell you when the mediator is here.</source>
        <translation>از پذیرش بپرسید: به شما می‌گویند که رهنما چه وقت اینجاست.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="112"/>
        <source>See all partners nearby</source>
        <translation>همهٔ همکاران نزدیک را ببینید</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="113"/>
        <source>Who can help you</source>
        <translation>چه کسی به شما کمک کرده می‌تواند</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="114"/>
        <source>Please ask at the reception.</source>
        <translation>لطفاً از پذیرش بپرسید.</translation>
    </message>
</context>
<context>
    <name>HelpingScreen</name>
    <message>
        <location filename="../../ui/screens/helping.py" line="35"/>
        <source>Helping well</source>
        <translation>کمک درست</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="40"/>
        <source>The resident decides</source>
        <translation>باشنده تصمیم می‌گیرد</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="41"/>
        <source>Explain, show, and let the resident do it whenever they can. Ask before you act on their behalf, and say what you are doing at each step.</source>
        <translation>توضیح دهید، نشان دهید، و هر وقت باشنده بتواند، بگذارید خودش انجام دهد. پیش از این‌که به جای او کاری کنید، بپرسید و در هر مرحله بگویید چه می‌کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="43"/>
        <source>Never their password</source>
        <translation>هیچ وقت رمز او را نگیرید</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="44"/>
        <source>Never keep, note or type a resident&apos;s password or codes for them. They type it themselves; look away. Never use your own email address or phone number for their accounts.</source>
        <translation>هرگز رمز یا کودهای باشنده را نگه ندارید، ننویسید و به جای او تایپ نکنید. خودش تایپ می‌کند؛ شما به طرف دیگر ببینید. هرگز ایمیل یا شمارهٔ تیلفون خود را برای حساب‌های او استفاده نکنید.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="47"/>
        <source>Acting in their name: Aidants Connect</source>
        <translation>کار به نام او: Aidants Connect</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="48"/>
        <source>To do a procedure in the resident&apos;s place, a professional helper needs an Aidants Connect mandate: the resident signs it with FranceConnect, it lists the procedures and lasts at most one year. Only salaried helpers of an approved structure can use it: not volunteers, civic service, family or elected members.</source>
        <translation>برای انجام یک کار اداری به جای باشنده، کمک‌کنندهٔ مسلکی به وکالت Aidants Connect ضرورت دارد: باشنده آن را با FranceConnect امضا می‌کند، کارهای اداری در آن نوشته می‌شوند و حداکثر یک سال اعتبار دارد. فقط کارمندان معاش‌بگیر یک نهاد تأیید شده می‌توانند از آن استفاده کنند: نه رضاکاران، نه خدمت مدنی، نه فامیل و نه اعضای انتخابی.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="52"/>
        <source>Their papers stay theirs</source>
        <translation>اسناد او از خود اوست</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="53"/>
        <source>Scan or photograph documents only for the procedure, send them, then delete them from the computer and its downloads. Keep no copy and no notes about the resident.</source>
        <translation>اسناد را فقط برای همان کار اداری اسکن یا عکس کنید، بفرستید، بعد از کمپیوتر و دانلودهای آن پاک کنید. هیچ کاپی و هیچ یادداشتی از باشنده نگه ندارید.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="56"/>
        <source>Close everything</source>
        <translation>همه چیز را ببندید</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="57"/>
        <source>At the end, log out of every website, close the browser and check nothing is left open or saved. The kiosk itself keeps nothing once it resets.</source>
        <translation>در آخر، از همهٔ ویب‌سایت‌ها خارج شوید، براوزر را ببندید و ببینید که هیچ چیز باز یا ذخیره نمانده باشد. خود کیوسک بعد از شروع دوباره هیچ چیز نگه نمی‌دارد.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="59"/>
        <source>A handout to take away</source>
        <translation>یک ورق برای بردن</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="60"/>
        <source>Give the resident the printed list or the QR code of the procedure, so they know what to gather and what comes next.</source>
        <translation>لست چاپ شده یا کود QR کار اداری را به باشنده بدهید، تا بداند چه جمع کند و بعد چه می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="76"/>
        <source>Sources: aidantsconnect.beta.gouv.fr, read on 25 November 2026.</source>
        <translation>منبع‌ها: aidantsconnect.beta.gouv.fr، خوانده شده در ۲۵ نوامبر ۲۰۲۶.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../ui/screens/home.py" line="57"/>
        <source>Hello. What do you want to do?</source>
        <extracomment>The largest a tile&apos;s pictogram gets at 1920x1080 (smaller when the tiles have less room).</extracomment>
        <translation>سلام. چه کار می‌خواهید بکنید؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="61"/>
        <source>Find a procedure</source>
        <translation>یک کار اداری پیدا کنید</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="62"/>
        <source>Where to go? Partners nearby</source>
        <translation>کجا بروم؟ همکاران نزدیک</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="65"/>
        <source>This information may be out of date. Check it with the mediator.</source>
        <translation>این معلومات شاید کهنه باشد. از رهنما بپرسید.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/window.py" line="349"/>
        <source>Too many wrong PINs. Try again in %1 seconds.</source>
        <extracomment>Mediator and admin modes fall back to the resident mode after this long without a touch. Screens reached only in the mediator or admin mode. The languages one tap away on the bar; the others behind &quot;more languages&quot;, and on the bar only while one of them is on screen (so the choice shows). Every screen, by name; each is built the first time it is needed (a faster start). Only the admin mode may close the window (quitting kiosk mode).</extracomment>
        <translation>چند بار PIN غلط. بعد از %1 ثانیه دوباره کوشش کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="352"/>
        <source>No PIN is set for this mode yet: set it with the command kiosk pin set.</source>
        <translation>برای این حالت هنوز PIN تعیین نشده است: با فرمان kiosk pin set آن را تعیین کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="355"/>
        <source>Wrong PIN.</source>
        <translation>PIN غلط است.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="367"/>
        <source>Mediator mode</source>
        <translation>حالت رهنما</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="368"/>
        <source>Admin mode</source>
        <translation>حالت مدیر</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="369"/>
        <source>Helping well</source>
        <translation>کمک درست</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="370"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="371"/>
        <source>Leave</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="441"/>
        <location filename="../../ui/window.py" line="442"/>
        <source>Home</source>
        <translation>صفحهٔ اصلی</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="443"/>
        <source>Back</source>
        <translation>برگشت</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="444"/>
        <source>Need help?</source>
        <translation>کمک لازم دارید؟</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="453"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="455"/>
        <location filename="../../ui/window.py" line="456"/>
        <source>More languages</source>
        <translation>زبان‌های دیگر</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="464"/>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="464"/>
        <source>Listen</source>
        <translation>بشنوید</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <location filename="../../ui/widgets/language_panel.py" line="104"/>
        <source>Choose your language</source>
        <translation>زبان خود را انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/language_panel.py" line="107"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>PartnerCard</name>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="110"/>
        <source>We are still checking these details. Please ask at the reception.</source>
        <extracomment>Room each side of a text: Qt draws some mixed Arabic and Latin lines a few pixels wider than it measured them, and the overhang would be cut off at the label&apos;s edge. RIGHT-TO-LEFT MARK: makes a paragraph right-to-left even when it starts with a Latin word.</extracomment>
        <translation>ما هنوز این معلومات را بررسی می‌کنیم. لطفاً از پذیرش بپرسید.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="143"/>
        <source>Opening hours not known</source>
        <translation>ساعات کار معلوم نیست</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="150"/>
        <source>Today: {hours}</source>
        <translation>امروز: {hours}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="159"/>
        <source>We do not know if it is open now</source>
        <translation>نمی‌دانیم که حالا باز است یا نه</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="162"/>
        <source>Open now</source>
        <translation>حالا باز است</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="164"/>
        <source>Open now — closes at {time}</source>
        <translation>حالا باز است — ساعت {time} بسته می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="165"/>
        <source>Open now — closes tomorrow at {time}</source>
        <translation>حالا باز است — فردا ساعت {time} بسته می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="166"/>
        <source>Open now — closes {day} at {time}</source>
        <translation>حالا باز است — {day} ساعت {time} بسته می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="167"/>
        <source>Open now — closes on {date} at {time}</source>
        <translation>حالا باز است — {date} ساعت {time} بسته می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="171"/>
        <source>Closed now</source>
        <translation>حالا بسته است</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="173"/>
        <source>Closed now — opens at {time}</source>
        <translation>حالا بسته است — ساعت {time} باز می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="174"/>
        <source>Closed now — opens tomorrow at {time}</source>
        <translation>حالا بسته است — فردا ساعت {time} باز می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="175"/>
        <source>Closed now — opens {day} at {time}</source>
        <translation>حالا بسته است — {day} ساعت {time} باز می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="176"/>
        <source>Closed now — opens on {date} at {time}</source>
        <translation>حالا بسته است — {date} ساعت {time} باز می‌شود</translation>
    </message>
</context>
<context>
    <name>PartnersScreen</name>
    <message>
        <location filename="../../ui/screens/partners.py" line="152"/>
        <source>Who can help you nearby</source>
        <extracomment>Partner cards side by side at 1920 px: about 70 characters a line, easy to read. Theme buttons in one row at most. The narrowest a theme button gets at 1920x1080: fewer per row on a narrower screen. The opening-hours lines are computed again this often while the screen is shown. In the order the buttons appear. The data·inclusion codes are &quot;prefix--detail&quot;; both the current list and the older one (difficultes-*) are grouped here.</extracomment>
        <translation>چه کسی در نزدیکی به شما کمک کرده می‌تواند</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="168"/>
        <source>Some texts are not translated yet: they are shown in French.</source>
        <translation>بعضی متن‌ها هنوز ترجمه نشده‌اند: به فرانسوی نشان داده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="170"/>
        <source>No partners are listed yet. Please ask at the reception.</source>
        <translation>هنوز هیچ همکاری در لست نیست. لطفاً از پذیرش بپرسید.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="225"/>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="226"/>
        <source>Papers and rights</source>
        <translation>اسناد و حقوق</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="227"/>
        <source>Computer and internet</source>
        <translation>کمپیوتر و انترنت</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="228"/>
        <source>Money</source>
        <translation>پول</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="229"/>
        <source>Housing</source>
        <translation>خانه و مسکن</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="230"/>
        <source>Family</source>
        <translation>خانواده</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="231"/>
        <source>Health</source>
        <translation>صحت</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="232"/>
        <source>Work and training</source>
        <translation>کار و آموزش</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="233"/>
        <source>Reading and French</source>
        <translation>خواندن و فرانسوی</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="234"/>
        <source>Getting around</source>
        <translation>رفت و آمد</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="235"/>
        <source>Food and clothes</source>
        <translation>خوراک و لباس</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="236"/>
        <source>Meeting people</source>
        <translation>دیدن مردم</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="237"/>
        <source>Other help</source>
        <translation>کمک‌های دیگر</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="112"/>
        <source>Mediator</source>
        <translation>رهنما</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="112"/>
        <source>Administration</source>
        <translation>مدیریت</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="113"/>
        <source>Erase</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="113"/>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="114"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <location filename="../../ui/print_panel.py" line="214"/>
        <source>Printing…</source>
        <translation>در حال چاپ…</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="216"/>
        <source>%1 prints already: that is the most for one visit</source>
        <translation>تا حالا %1 چاپ: این بیشترین اندازه برای یک مراجعه است</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="218"/>
        <source>Print this list</source>
        <translation>این لست را چاپ کنید</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="225"/>
        <source>The printer is not available. The QR code still works, and a mediator can help.</source>
        <translation>پرنتر در دسترس نیست. کود QR هنوز کار می‌کند، و یک رهنما کمک کرده می‌تواند.</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="226"/>
        <source>The printer cannot print right now. The QR code still works, and a mediator can help.</source>
        <translation>پرنتر حالا چاپ کرده نمی‌تواند. کود QR هنوز کار می‌کند، و یک رهنما کمک کرده می‌تواند.</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="228"/>
        <source>Sent to the printer. Please wait.</source>
        <translation>به پرنتر فرستاده شد. لطفاً صبر کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="229"/>
        <source>Printed. Take your paper from the printer.</source>
        <translation>چاپ شد. ورق خود را از پرنتر بگیرید.</translation>
    </message>
</context>
<context>
    <name>ProcedureScreen</name>
    <message>
        <location filename="../../ui/screens/procedure.py" line="213"/>
        <source>This procedure is no longer in the catalogue.</source>
        <extracomment>The side column&apos;s width at 1920x1080 (scaled with the screen). How, how much and how long, as shown (read aloud after the documents). Ticked documents per procedure, for this resident&apos;s session only.</extracomment>
        <translation>این کار اداری دیگر در فهرست نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="222"/>
        <source>Some of this text is not yet translated: it is shown in French.</source>
        <translation>بخشی از این متن هنوز ترجمه نشده است: به فرانسوی نشان داده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="225"/>
        <source>Who is it for?</source>
        <translation>برای کیست؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="235"/>
        <source>Step by step</source>
        <translation>قدم به قدم</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="237"/>
        <source>Take this list with me</source>
        <translation>این لست را با خود ببرم</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="239"/>
        <source>Checked against %1 (page of %2)</source>
        <translation>بررسی شده با %1 (صفحهٔ تاریخ %2)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="240"/>
        <source>Checked against %1</source>
        <translation>بررسی شده با %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="247"/>
        <source>Online</source>
        <translation>آنلاین</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="247"/>
        <source>At an office</source>
        <translation>در دفتر</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="248"/>
        <source>Online or at an office</source>
        <translation>آنلاین یا در دفتر</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="265"/>
        <source>Documents to gather</source>
        <translation>اسنادی که باید جمع کنید</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="266"/>
        <source>Tick what you have. Tap the i button to see what a document is.</source>
        <translation>آنچه دارید را نشانی کنید. دکمهٔ i را بزنید تا ببینید یک سند چیست.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="268"/>
        <source>No document is needed to start.</source>
        <translation>برای شروع هیچ سندی لازم نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="272"/>
        <source>What is this document?</source>
        <translation>این سند چیست؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="279"/>
        <source>Who can help nearby</source>
        <translation>چه کسی در نزدیکی کمک کرده می‌تواند</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="292"/>
        <source>Still to be checked:</source>
        <translation>هنوز باید بررسی شود:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="294"/>
        <source>For the mediator</source>
        <translation>برای رهنما</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../ui/screens/search.py" line="93"/>
        <source>Find a procedure</source>
        <extracomment>Words residents often say at the desk: one tap fills the search. The room a suggested word&apos;s button gets at 1920x1080: fewer per row on a narrow screen.</extracomment>
        <translation>یک کار اداری پیدا کنید</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="102"/>
        <source>Type a word, for example: health, CAF, passport</source>
        <translation>یک کلمه بنویسید، مثلاً: صحت، CAF، پاسپورت</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="103"/>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="104"/>
        <source>Or tap a word:</source>
        <translation>یا یک کلمه را بزنید:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="105"/>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="147"/>
        <source>Nothing found. Try another word, or go back to the home screen.</source>
        <translation>هیچ چیز پیدا نشد. کلمهٔ دیگری را امتحان کنید، یا به صفحهٔ اصلی برگردید.</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="46"/>
        <source>Are you still there?</source>
        <translation>آیا هنوز اینجا هستید؟</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="47"/>
        <source>Everything will be cleared in %1 seconds.</source>
        <translation>همه چیز بعد از %1 ثانیه پاک می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="48"/>
        <source>Yes, I am here</source>
        <translation>بلی، اینجا هستم</translation>
    </message>
</context>
<context>
    <name>TakeawayScreen</name>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="127"/>
        <source>Take it with me</source>
        <extracomment>Width of each QR code&apos;s column; the codes grow with the height left to them (about 550 px at 1920x1080), enough for 4 screen pixels a module on the densest checklist.</extracomment>
        <translation>با خود ببرم</translation>
    </message>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="241"/>
        <source>Your checklist on your phone (no internet needed)</source>
        <translation>لست شما در موبایل شما (انترنت لازم نیست)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="242"/>
        <source>QR code of your checklist</source>
        <translation>کود QR لست شما</translation>
    </message>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="243"/>
        <source>The official website</source>
        <translation>ویب‌سایت رسمی</translation>
    </message>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="244"/>
        <source>QR code of the official website</source>
        <translation>کود QR ویب‌سایت رسمی</translation>
    </message>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="249"/>
        <source>This procedure is no longer in the catalogue.</source>
        <translation>این کار اداری دیگر در فهرست نیست.</translation>
    </message>
</context>
</TS>
