<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../../ui/screens/admin.py" line="157"/>
        <source>Administration</source>
        <extracomment>Each form field with the label naming it (texts set in the interface language).</extracomment>
        <translation>الإدارة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="167"/>
        <source>Catalogue and sync</source>
        <translation>الكتالوج والمزامنة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="167"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="167"/>
        <source>Statistics</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="168"/>
        <source>PINs</source>
        <translation>الرموز السرية</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="168"/>
        <location filename="../../ui/screens/admin.py" line="316"/>
        <source>Quit kiosk mode</source>
        <translation>الخروج من وضع الكشك</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="194"/>
        <source>No catalogue is loaded.</source>
        <translation>لم يتم تحميل أي كتالوج.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="196"/>
        <source>Catalogue version %1, published %2, valid until %3.</source>
        <translation>إصدار الكتالوج %1، تاريخ النشر %2، صالح حتى %3.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="201"/>
        <source>Outdated: this catalogue expired on %1. Residents are told to check with the mediator. Sync, or ask the assistant to publish a new one.</source>
        <translation>منتهي الصلاحية: انتهت صلاحية هذا الدليل في %1. يُطلب من السكان التحقق مع الوسيط. قم بالمزامنة، أو اطلب من المساعدة نشر دليل جديد.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="207"/>
        <source>Safe start: the kiosk restarted too often in a short time, so read aloud, the background sync and printing are off until the next start. See the log.</source>
        <translation>تشغيل آمن: أُعيد تشغيل الجهاز مرات كثيرة في وقت قصير، لذلك أُوقفت القراءة بصوت عالٍ والمزامنة التلقائية والطباعة حتى التشغيل القادم. راجع السجل.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="211"/>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="213"/>
        <source>Workshops calendar: last read %1. Last try %2: %3</source>
        <translation>تقويم الورشات: آخر قراءة %1. آخر محاولة %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="217"/>
        <source>No sync yet.</source>
        <translation>لم تتم أي مزامنة بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="230"/>
        <source>sync interval</source>
        <translation>فترة المزامنة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="231"/>
        <source>idle timeout</source>
        <translation>مهلة عدم النشاط</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="239"/>
        <source>Nothing was saved.</source>
        <translation>لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="241"/>
        <source>Saved. Languages, read-aloud and the idle timeout change at the next start.</source>
        <translation>تم الحفظ. تتغير اللغات والقراءة بصوت عالٍ ومهلة عدم النشاط عند التشغيل القادم.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="256"/>
        <source>The PINs are saved.</source>
        <translation>تم حفظ الرموز السرية.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="264"/>
        <source>Give the %1 as a whole number.</source>
        <translation>أدخل %1 كعدد صحيح.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="277"/>
        <source>The system&apos;s default printer</source>
        <translation>الطابعة الافتراضية للنظام</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="293"/>
        <source>Offer read-aloud</source>
        <translation>إتاحة القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="294"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="295"/>
        <source>Catalogue source (path or address)</source>
        <translation>مصدر الكتالوج (مسار أو عنوان)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="296"/>
        <source>Workshops calendar (.ics path or address)</source>
        <translation>تقويم الورشات (مسار أو عنوان ملف ics)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="297"/>
        <source>Sync every (minutes)</source>
        <translation>فترة المزامنة (بالدقائق)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="298"/>
        <source>Idle timeout (seconds)</source>
        <translation>مهلة عدم النشاط (بالثواني)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="299"/>
        <source>Languages offered</source>
        <translation>اللغات المتاحة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="300"/>
        <source>Printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="302"/>
        <source>Trusted publisher keys, one per line</source>
        <translation>مفاتيح الناشرين الموثوقين، مفتاح في كل سطر</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="303"/>
        <source>New mediator PIN</source>
        <translation>رمز سري جديد للوسيط</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="304"/>
        <source>New admin PIN</source>
        <translation>رمز سري جديد للمسؤول</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="309"/>
        <source>Save the settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="311"/>
        <source>Save the PINs</source>
        <translation>حفظ الرموز السرية</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="313"/>
        <source>4 weeks</source>
        <translation>4 أسابيع</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="313"/>
        <source>12 weeks</source>
        <translation>12 أسبوعًا</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="313"/>
        <source>12 months</source>
        <translation>12 شهرًا</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="318"/>
        <source>Yes, close the kiosk</source>
        <translation>نعم، أغلق الكشك</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="321"/>
        <source>Closing the kiosk shows the system underneath. Under systemd it starts again by itself after a few seconds.</source>
        <translation>إغلاق الكشك يُظهر النظام الموجود تحته. مع systemd يعود إلى العمل تلقائيًا بعد بضع ثوانٍ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="323"/>
        <source>Sync now</source>
        <translation>المزامنة الآن</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="344"/>
        <source>Most consulted procedures</source>
        <translation>الإجراءات الأكثر تصفحًا</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="345"/>
        <source>Languages used</source>
        <translation>اللغات المستخدمة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="347"/>
        <source>Life events opened</source>
        <translation>أحداث الحياة التي فُتحت</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="349"/>
        <source>Guides</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="349"/>
        <source>started</source>
        <translation>بدأت</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="349"/>
        <source>finished</source>
        <translation>اكتملت</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="350"/>
        <source>Did this help you?</source>
        <translation>هل ساعدك هذا؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="350"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="350"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="351"/>
        <source>Searches that found nothing</source>
        <translation>عمليات بحث بلا نتيجة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="351"/>
        <source>in all</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="353"/>
        <source>Viewed at a front desk</source>
        <translation>عُرضت في مكتب استقبال شريك</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="356"/>
        <source>Counts below 5 are shown as &lt;5. The others are rounded to the nearest 5.</source>
        <translation>الأعداد الأقل من 5 تظهر هكذا: &lt;5. الأعداد الأخرى مقرّبة إلى أقرب مضاعف للعدد 5.</translation>
    </message>
</context>
<context>
    <name>CategoryScreen</name>
    <message>
        <location filename="../../ui/screens/category.py" line="148"/>
        <source>Previous</source>
        <extracomment>The category whose screen also leads to the places and workshops of digital help. Two columns of three: big enough to read and to touch, whatever the category holds.</extracomment>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../ui/screens/category.py" line="149"/>
        <source>More</source>
        <translation>المزيد</translation>
    </message>
    <message>
        <location filename="../../ui/screens/category.py" line="150"/>
        <source>Digital help near here: places and workshops</source>
        <translation>المساعدة الرقمية بالقرب منك: أماكن وورشات</translation>
    </message>
    <message>
        <location filename="../../ui/screens/category.py" line="156"/>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
</context>
<context>
    <name>DigitalScreen</name>
    <message>
        <location filename="../../ui/screens/digital.py" line="134"/>
        <source>Digital help near here</source>
        <extracomment>What a place offers, in this order: its pictogram, and the data·inclusion codes that say it (the current &quot;numerique&quot; thematiques and the older ones partners&apos; files still carry). Every partner with a &quot;numerique&quot; code is a place of digital help (as on the help screen). The side of a workshop&apos;s QR code at 1920x1080 (scaled with the screen): an event of ~300 bytes is a version 12-14 code, 3 pixels a module at this size.</extracomment>
        <translation>المساعدة الرقمية بالقرب منك</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="145"/>
        <source>Computer, internet and help</source>
        <translation>حاسوب وإنترنت ومساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="146"/>
        <source>Please ask at the reception.</source>
        <translation>يُرجى السؤال في الاستقبال.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="147"/>
        <source>Workshops in the next 14 days</source>
        <translation>الورشات في الأيام الـ14 القادمة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="148"/>
        <source>No workshop in the next 14 days. Please ask at the reception.</source>
        <translation>لا توجد ورشة في الأيام الـ14 القادمة. يُرجى السؤال في الاستقبال.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="183"/>
        <source>A computer to use</source>
        <translation>حاسوب للاستعمال</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="184"/>
        <source>Internet and wifi</source>
        <translation>إنترنت وواي فاي</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="185"/>
        <source>Help with procedures online</source>
        <translation>مساعدة في الإجراءات عبر الإنترنت</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="186"/>
        <source>Learn to use a computer</source>
        <translation>تعلّم استخدام الحاسوب</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="187"/>
        <source>Get a computer or a phone</source>
        <translation>الحصول على حاسوب أو هاتف</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="231"/>
        <source>Scan it: your phone adds it to its calendar.</source>
        <translation>امسح الرمز: يضيفه هاتفك إلى تقويمه.</translation>
    </message>
</context>
<context>
    <name>DocumentScreen</name>
    <message>
        <location filename="../../ui/screens/document.py" line="64"/>
        <source>This document is no longer in the catalogue.</source>
        <translation>هذه الوثيقة لم تعد في الكتالوج.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/document.py" line="70"/>
        <source>What is it?</source>
        <translation>ما هذه الوثيقة؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/document.py" line="71"/>
        <source>What does it look like?</source>
        <translation>كيف تبدو؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/document.py" line="72"/>
        <source>I don&apos;t have it: where do I get it?</source>
        <translation>ليست لدي: أين أحصل عليها؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/document.py" line="79"/>
        <source>Some of this text is not yet translated: it is shown in French.</source>
        <translation>جزء من هذا النص لم يُترجم بعد: يظهر بالفرنسية.</translation>
    </message>
</context>
<context>
    <name>EligibilityScreen</name>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="191"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="192"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="193"/>
        <source>Previous question</source>
        <translation>السؤال السابق</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="194"/>
        <source>Skip the questions</source>
        <translation>تخطي الأسئلة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="195"/>
        <source>Change my answer</source>
        <translation>تغيير جوابي</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="199"/>
        <source>There are no questions for this procedure.</source>
        <translation>لا توجد أسئلة لهذا الإجراء.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="208"/>
        <source>Is this for me? Question %1 of %2</source>
        <translation>هل هذا لي؟ السؤال %1 من %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="223"/>
        <source>This procedure is probably for you.</source>
        <translation>هذا الإجراء على الأرجح لك.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="224"/>
        <source>Now gather the documents on the list.</source>
        <translation>الآن اجمع الوثائق الموجودة في القائمة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="225"/>
        <source>See the list</source>
        <translation>عرض القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="227"/>
        <source>This procedure is probably not for you.</source>
        <translation>هذا الإجراء على الأرجح ليس لك.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="233"/>
        <source>See the list anyway</source>
        <translation>عرض القائمة رغم ذلك</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <location filename="../../ui/widgets/fallback_note.py" line="25"/>
        <source>Some texts are not translated yet: they are shown in French.</source>
        <translation>بعض النصوص لم تُترجم بعد: تظهر بالفرنسية.</translation>
    </message>
</context>
<context>
    <name>Flash</name>
    <message>
        <location filename="../../ui/flash.py" line="57"/>
        <source>Information</source>
        <translation>معلومات</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="58"/>
        <source>News this month</source>
        <translation>أخبار هذا الشهر</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="59"/>
        <source>Procedures to know</source>
        <translation>إجراءات يجب معرفتها</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="60"/>
        <source>Scan a code with your phone: you get the list of papers. No internet needed.</source>
        <translation>امسح رمزًا بهاتفك: تحصل على قائمة الأوراق. لا حاجة إلى الإنترنت.</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="61"/>
        <source>Someone can help you</source>
        <translation>يمكن لشخص أن يساعدك</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="62"/>
        <source>Phone: %1</source>
        <translation>الهاتف: %1</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="63"/>
        <source>Closed this week.</source>
        <translation>مغلق هذا الأسبوع.</translation>
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
        <translation>اسأل في الاستقبال متى يمكن لشخص أن يساعدك.</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="67"/>
        <source>Next digital workshops</source>
        <translation>الورشات الرقمية القادمة</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="68"/>
        <source>There is more on the kiosk of the Maison de quartier.</source>
        <translation>توجد معلومات أخرى على شاشة Maison de quartier (دار الحي).</translation>
    </message>
</context>
<context>
    <name>GlossaryRow</name>
    <message>
        <location filename="../../ui/widgets/glossary_row.py" line="114"/>
        <source>Words explained here</source>
        <translation>كلمات مشروحة هنا</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/glossary_row.py" line="118"/>
        <source>What does %1 mean?</source>
        <translation>ماذا تعني %1؟</translation>
    </message>
</context>
<context>
    <name>GlossaryScreen</name>
    <message>
        <location filename="../../ui/screens/glossary.py" line="62"/>
        <source>This word is no longer in the catalogue.</source>
        <translation>هذه الكلمة لم تعد موجودة في الدليل.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/glossary.py" line="69"/>
        <source>Some of this text is not yet translated: it is shown in French.</source>
        <translation>جزء من هذا النص لم يُترجم بعد: يظهر بالفرنسية.</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <location filename="../../ui/screens/guide.py" line="192"/>
        <source>Did this help you?</source>
        <extracomment>Width of the step&apos;s QR code: scanned from arm&apos;s length by a phone, beside the step&apos;s text.</extracomment>
        <translation>هل ساعدك هذا؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="193"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="194"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="200"/>
        <source>QR code of this page, to open it on your phone</source>
        <translation>رمز QR لهذه الصفحة لفتحها على هاتفك</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="201"/>
        <source>Open this page on your phone</source>
        <translation>افتح هذه الصفحة على هاتفك</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="209"/>
        <source>This procedure has no steps to follow here. Ask at the reception or a partner nearby.</source>
        <translation>لا توجد خطوات لهذا الإجراء هنا. اسأل في الاستقبال أو لدى شريك قريب.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="221"/>
        <source>Step %1 of %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="226"/>
        <source>On the internet</source>
        <translation>على الإنترنت</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="226"/>
        <source>Go to an office</source>
        <translation>اذهب إلى مكتب</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="227"/>
        <source>Papers</source>
        <translation>الأوراق</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="227"/>
        <source>By phone</source>
        <translation>بالهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="236"/>
        <source>Phone: %1</source>
        <translation>الهاتف: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="250"/>
        <source>Previous step</source>
        <translation>الخطوة السابقة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="251"/>
        <source>Finished</source>
        <translation>انتهيت</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="251"/>
        <source>Next step</source>
        <translation>الخطوة التالية</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../ui/printing.py" line="146"/>
        <source>Documents to gather</source>
        <extracomment>Type sizes in points: nothing on the handout is smaller than 16 pt.</extracomment>
        <translation>الوثائق المطلوبة</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="152"/>
        <source>only if it concerns you</source>
        <translation>فقط إذا كان يخصك</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="163"/>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="177"/>
        <source>Who can help you nearby</source>
        <translation>من يمكنه مساعدتك بالقرب منك</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="182"/>
        <source>Checked against %1 (page of %2)</source>
        <translation>تم التحقق عبر موقع %1 (صفحة بتاريخ %2)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="184"/>
        <source>Checked against %1</source>
        <translation>تم التحقق عبر موقع %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="198"/>
        <source>This list on your phone (no internet needed)</source>
        <translation>هذه القائمة على هاتفك (بدون إنترنت)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="199"/>
        <source>The official website</source>
        <translation>الموقع الرسمي</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="231"/>
        <source>Phone:</source>
        <translation>الهاتف:</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <location filename="../../ui/screens/help.py" line="76"/>
        <source>Where and when can a person help me?</source>
        <translation>أين ومتى يمكن أن يساعدني شخص؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="82"/>
        <source>A digital mediator can sit with you and do your procedure with you, step by step.</source>
        <translation>يمكن لوسيط رقمي أن يجلس معك ويقوم بالإجراء معك، خطوة بخطوة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="84"/>
        <source>You never have to give your passwords. You type them yourself.</source>
        <translation>لست مضطرًا أبدًا لإعطاء كلمات المرور. تكتبها أنت بنفسك.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="86"/>
        <source>Bring your papers and your phone: many procedures send a code by text message.</source>
        <translation>أحضر أوراقك وهاتفك: كثير من الإجراءات ترسل رمزًا برسالة نصية.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="88"/>
        <source>Ask at the reception: they will tell you when the mediator is here.</source>
        <translation>اسأل في الاستقبال: سيخبرونك متى يكون الوسيط موجودًا.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="89"/>
        <source>See all partners nearby</source>
        <translation>عرض كل الشركاء القريبين</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="90"/>
        <source>Digital help near here: places and workshops</source>
        <translation>المساعدة الرقمية بالقرب منك: أماكن وورشات</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="91"/>
        <source>Who can help you</source>
        <translation>من يمكنه مساعدتك</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="92"/>
        <source>Please ask at the reception.</source>
        <translation>يُرجى السؤال في الاستقبال.</translation>
    </message>
</context>
<context>
    <name>HelpingScreen</name>
    <message>
        <location filename="../../ui/screens/helping.py" line="35"/>
        <source>Helping well</source>
        <translation>كيف تساعد جيدًا</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="40"/>
        <source>The resident decides</source>
        <translation>الشخص هو من يقرر</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="41"/>
        <source>Explain, show, and let the resident do it whenever they can. Ask before you act on their behalf, and say what you are doing at each step.</source>
        <translation>اشرح، وأرِه، واتركه يقوم بذلك بنفسه كلما استطاع. اسأله قبل أن تتصرف نيابة عنه، وقل ما تفعله في كل خطوة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="43"/>
        <source>Never their password</source>
        <translation>لا تلمس كلمة مروره أبدًا</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="44"/>
        <source>Never keep, note or type a resident&apos;s password or codes for them. They type it themselves; look away. Never use your own email address or phone number for their accounts.</source>
        <translation>لا تحتفظ أبدًا بكلمة مرور الشخص أو رموزه، ولا تدوّنها، ولا تكتبها بدلًا منه. هو يكتبها بنفسه؛ انظر بعيدًا. لا تستخدم أبدًا بريدك الإلكتروني أو رقم هاتفك لحساباته.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="47"/>
        <source>Acting in their name: Aidants Connect</source>
        <translation>التصرف باسمه: Aidants Connect</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="48"/>
        <source>To do a procedure in the resident&apos;s place, a professional helper needs an Aidants Connect mandate: the resident signs it with FranceConnect, it lists the procedures and lasts at most one year. Only salaried helpers of an approved structure can use it: not volunteers, civic service, family or elected members.</source>
        <translation>لكي يقوم مساعد محترف بإجراء نيابة عن الشخص، يحتاج إلى تفويض Aidants Connect: يوقّعه الشخص عبر FranceConnect، ويذكر الإجراءات، ومدته سنة واحدة على الأكثر. لا يستخدمه إلا المساعدون الموظفون في جهة معتمدة: لا المتطوعون ولا شباب الخدمة المدنية ولا العائلة ولا المنتخبون.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="52"/>
        <source>Their papers stay theirs</source>
        <translation>أوراقه تبقى ملكه</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="53"/>
        <source>Scan or photograph documents only for the procedure, send them, then delete them from the computer and its downloads. Keep no copy and no notes about the resident.</source>
        <translation>امسح الوثائق ضوئيًا أو صوّرها فقط من أجل الإجراء، وأرسلها، ثم احذفها من الحاسوب ومن مجلد التنزيلات. لا تحتفظ بأي نسخة ولا بأي ملاحظات عن الشخص.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="56"/>
        <source>Close everything</source>
        <translation>أغلق كل شيء</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="57"/>
        <source>At the end, log out of every website, close the browser and check nothing is left open or saved. The kiosk itself keeps nothing once it resets.</source>
        <translation>في النهاية، سجّل الخروج من كل موقع، وأغلق المتصفح، وتأكد أنه لم يبقَ شيء مفتوحًا أو محفوظًا. الكشك نفسه لا يحتفظ بشيء بعد إعادة ضبطه.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="59"/>
        <source>A handout to take away</source>
        <translation>ورقة يأخذها معه</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="60"/>
        <source>Give the resident the printed list or the QR code of the procedure, so they know what to gather and what comes next.</source>
        <translation>أعطِ الشخص القائمة المطبوعة أو رمز QR الخاص بالإجراء، ليعرف ما يجب أن يجمعه وما الخطوة التالية.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="76"/>
        <source>Sources: aidantsconnect.beta.gouv.fr, read on 25 November 2026.</source>
        <translation>المصادر: aidantsconnect.beta.gouv.fr، تمت قراءتها في 25 نوفمبر 2026.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../ui/screens/home.py" line="72"/>
        <source>Hello. What do you want to do?</source>
        <extracomment>The largest a tile&apos;s pictogram gets at 1920x1080 (smaller when the tiles have less room).</extracomment>
        <translation>مرحبًا. ماذا تريد أن تفعل؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="76"/>
        <source>Find a procedure</source>
        <translation>ابحث عن إجراء</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="77"/>
        <source>Where to go? Partners nearby</source>
        <translation>إلى أين أذهب؟ الشركاء القريبون</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="80"/>
        <source>This information may be out of date. Check it with the mediator.</source>
        <translation>قد تكون هذه المعلومات قديمة. تحقق منها مع الوسيط.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/window.py" line="392"/>
        <source>Too many wrong PINs. Try again in %1 seconds.</source>
        <extracomment>Mediator and admin modes fall back to the resident mode after this long without a touch. Screens reached only in the mediator or admin mode. The languages one tap away on the bar; the others behind &quot;more languages&quot;, and on the bar only while one of them is on screen (so the choice shows). Every screen, by name; each is built the first time it is needed (a faster start). Only the admin mode may close the window (quitting kiosk mode).</extracomment>
        <translation>رموز خاطئة كثيرة جدًا. حاول مرة أخرى بعد %1 ثانية.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="395"/>
        <source>No PIN is set for this mode yet: set it with the command kiosk pin set.</source>
        <translation>لم يُحدَّد رمز سري لهذا الوضع بعد: حدّده بالأمر kiosk pin set.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="398"/>
        <source>Wrong PIN.</source>
        <translation>رمز سري خاطئ.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="410"/>
        <source>Mediator mode</source>
        <translation>وضع الوسيط</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="411"/>
        <source>Admin mode</source>
        <translation>وضع المسؤول</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="412"/>
        <source>Helping well</source>
        <translation>كيف تساعد جيدًا</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="413"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="414"/>
        <source>Leave</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="494"/>
        <location filename="../../ui/window.py" line="495"/>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="496"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="497"/>
        <source>Need help?</source>
        <translation>تحتاج مساعدة؟</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="507"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="509"/>
        <location filename="../../ui/window.py" line="510"/>
        <source>More languages</source>
        <translation>لغات أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="518"/>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="518"/>
        <source>Listen</source>
        <translation>استمع</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <location filename="../../ui/widgets/language_panel.py" line="104"/>
        <source>Choose your language</source>
        <translation>اختر لغتك</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/language_panel.py" line="107"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>PartnerCard</name>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="110"/>
        <source>We are still checking these details. Please ask at the reception.</source>
        <extracomment>Room each side of a text: Qt draws some mixed Arabic and Latin lines a few pixels wider than it measured them, and the overhang would be cut off at the label&apos;s edge. RIGHT-TO-LEFT MARK: makes a paragraph right-to-left even when it starts with a Latin word.</extracomment>
        <translation>ما زلنا نتحقق من هذه المعلومات. يُرجى السؤال في الاستقبال.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="143"/>
        <source>Opening hours not known</source>
        <translation>مواعيد العمل غير معروفة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="150"/>
        <source>Today: {hours}</source>
        <translation>اليوم: {hours}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="159"/>
        <source>We do not know if it is open now</source>
        <translation>لا نعرف إن كان مفتوحًا الآن</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="162"/>
        <source>Open now</source>
        <translation>مفتوح الآن</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="164"/>
        <source>Open now — closes at {time}</source>
        <translation>مفتوح الآن — يُغلق الساعة {time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="165"/>
        <source>Open now — closes tomorrow at {time}</source>
        <translation>مفتوح الآن — يُغلق غدًا الساعة {time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="166"/>
        <source>Open now — closes {day} at {time}</source>
        <translation>مفتوح الآن — يُغلق يوم {day} الساعة {time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="167"/>
        <source>Open now — closes on {date} at {time}</source>
        <translation>مفتوح الآن — يُغلق في {date} الساعة {time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="171"/>
        <source>Closed now</source>
        <translation>مغلق الآن</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="173"/>
        <source>Closed now — opens at {time}</source>
        <translation>مغلق الآن — يفتح الساعة {time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="174"/>
        <source>Closed now — opens tomorrow at {time}</source>
        <translation>مغلق الآن — يفتح غدًا الساعة {time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="175"/>
        <source>Closed now — opens {day} at {time}</source>
        <translation>مغلق الآن — يفتح يوم {day} الساعة {time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="176"/>
        <source>Closed now — opens on {date} at {time}</source>
        <translation>مغلق الآن — يفتح في {date} الساعة {time}</translation>
    </message>
</context>
<context>
    <name>PartnersScreen</name>
    <message>
        <location filename="../../ui/screens/partners.py" line="152"/>
        <source>Who can help you nearby</source>
        <extracomment>Partner cards side by side at 1920 px: about 70 characters a line, easy to read. Theme buttons in one row at most. The narrowest a theme button gets at 1920x1080: fewer per row on a narrower screen. The opening-hours lines are computed again this often while the screen is shown. In the order the buttons appear. The data·inclusion codes are &quot;prefix--detail&quot;; both the current list and the older one (difficultes-*) are grouped here.</extracomment>
        <translation>من يمكنه مساعدتك بالقرب منك</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="168"/>
        <source>Some texts are not translated yet: they are shown in French.</source>
        <translation>بعض النصوص لم تُترجم بعد: تظهر بالفرنسية.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="170"/>
        <source>No partners are listed yet. Please ask at the reception.</source>
        <translation>لا يوجد شركاء في القائمة بعد. يُرجى السؤال في الاستقبال.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="225"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="226"/>
        <source>Papers and rights</source>
        <translation>الأوراق والحقوق</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="227"/>
        <source>Computer and internet</source>
        <translation>الحاسوب والإنترنت</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="228"/>
        <source>Money</source>
        <translation>المال</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="229"/>
        <source>Housing</source>
        <translation>السكن</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="230"/>
        <source>Family</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="231"/>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="232"/>
        <source>Work and training</source>
        <translation>العمل والتدريب</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="233"/>
        <source>Reading and French</source>
        <translation>القراءة والفرنسية</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="234"/>
        <source>Getting around</source>
        <translation>التنقل</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="235"/>
        <source>Food and clothes</source>
        <translation>الطعام والملابس</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="236"/>
        <source>Meeting people</source>
        <translation>التعرّف على الناس</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="237"/>
        <source>Other help</source>
        <translation>مساعدات أخرى</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="112"/>
        <source>Mediator</source>
        <translation>الوسيط</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="112"/>
        <source>Administration</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="113"/>
        <source>Erase</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="113"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="114"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <location filename="../../ui/print_panel.py" line="216"/>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="218"/>
        <source>%1 prints already: that is the most for one visit</source>
        <translation>%1 طباعات بالفعل: هذا هو الحد الأقصى لزيارة واحدة</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="220"/>
        <source>Print this list</source>
        <translation>اطبع هذه القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="227"/>
        <source>The printer is not available. The QR code still works, and a mediator can help.</source>
        <translation>الطابعة غير متاحة. رمز QR ما زال يعمل، ويمكن للوسيط أن يساعدك.</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="228"/>
        <source>The printer cannot print right now. The QR code still works, and a mediator can help.</source>
        <translation>لا تستطيع الطابعة الطباعة الآن. رمز QR ما زال يعمل، ويمكن للوسيط أن يساعدك.</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="230"/>
        <source>Sent to the printer. Please wait.</source>
        <translation>أُرسلت إلى الطابعة. انتظر قليلاً.</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="231"/>
        <source>Printed. Take your paper from the printer.</source>
        <translation>تمت الطباعة. خذ ورقتك من الطابعة.</translation>
    </message>
</context>
<context>
    <name>ProcedureScreen</name>
    <message>
        <location filename="../../ui/screens/procedure.py" line="238"/>
        <source>This procedure is no longer in the catalogue.</source>
        <extracomment>The side column&apos;s width at 1920x1080 (scaled with the screen). How, how much and how long, as shown (read aloud after the documents). Ticked documents per procedure, for this resident&apos;s session only. No person has checked this translation yet (kiosk.reviews): said in the screen&apos;s language.</extracomment>
        <translation>هذا الإجراء لم يعد في الكتالوج.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="249"/>
        <source>Some of this text is not yet translated: it is shown in French.</source>
        <translation>جزء من هذا النص لم يُترجم بعد: يظهر بالفرنسية.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="251"/>
        <source>Translated by machine: ask the mediator if something is unclear.</source>
        <translation>ترجمة آلية: اسأل الوسيط إذا كان شيء غير واضح.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="254"/>
        <source>Who is it for?</source>
        <translation>لمن هذا؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="267"/>
        <source>Is this for me?</source>
        <translation>هل هذا لي؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="269"/>
        <source>Step by step</source>
        <translation>خطوة بخطوة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="271"/>
        <source>Take this list with me</source>
        <translation>آخذ هذه القائمة معي</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="273"/>
        <source>Checked against %1 (page of %2)</source>
        <translation>تم التحقق عبر موقع %1 (صفحة بتاريخ %2)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="274"/>
        <source>Checked against %1</source>
        <translation>تم التحقق عبر موقع %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="281"/>
        <source>Online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="281"/>
        <source>At an office</source>
        <translation>في مكتب</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="282"/>
        <source>Online or at an office</source>
        <translation>عبر الإنترنت أو في مكتب</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="299"/>
        <source>Documents to gather</source>
        <translation>الوثائق المطلوبة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="300"/>
        <source>Tick what you have. Tap the i button to see what a document is.</source>
        <translation>ضع علامة على ما لديك. اضغط على زر i لترى ما هي الوثيقة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="302"/>
        <source>No document is needed to start.</source>
        <translation>لا تحتاج إلى أي وثيقة للبدء.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="308"/>
        <source>What is this document?</source>
        <translation>ما هذه الوثيقة؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="315"/>
        <source>Who can help nearby</source>
        <translation>من يمكنه المساعدة بالقرب منك</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="329"/>
        <source>Still to be checked:</source>
        <translation>ما زال يحتاج إلى تحقق:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="331"/>
        <source>For the mediator</source>
        <translation>للوسيط</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../ui/screens/search.py" line="97"/>
        <source>Find a procedure</source>
        <extracomment>Words residents often say at the desk: one tap fills the search. The room a suggested word&apos;s button gets at 1920x1080: fewer per row on a narrow screen. What the results shown were found for; whether Enter waits for the next results.</extracomment>
        <translation>ابحث عن إجراء</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="106"/>
        <source>Type a word, for example: health, CAF, passport</source>
        <translation>اكتب كلمة، مثلًا: صحة، CAF، جواز سفر</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="107"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="108"/>
        <source>Or tap a word:</source>
        <translation>أو اضغط على كلمة:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="109"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="172"/>
        <source>Nothing found. Try another word, or go back to the home screen.</source>
        <translation>لم نجد شيئًا. جرّب كلمة أخرى، أو ارجع إلى الشاشة الرئيسية.</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="46"/>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="47"/>
        <source>Everything will be cleared in %1 seconds.</source>
        <translation>سيُمسح كل شيء بعد %1 ثانية.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="48"/>
        <source>Yes, I am here</source>
        <translation>نعم، أنا هنا</translation>
    </message>
</context>
<context>
    <name>TakeawayScreen</name>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="127"/>
        <source>Take it with me</source>
        <extracomment>Width of each QR code&apos;s column; the codes grow with the height left to them (about 550 px at 1920x1080), enough for 4 screen pixels a module on the densest checklist.</extracomment>
        <translation>خذها معك</translation>
    </message>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="241"/>
        <source>Your checklist on your phone (no internet needed)</source>
        <translation>قائمتك على هاتفك (بدون إنترنت)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="242"/>
        <source>QR code of your checklist</source>
        <translation>رمز QR لقائمتك</translation>
    </message>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="243"/>
        <source>The official website</source>
        <translation>الموقع الرسمي</translation>
    </message>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="244"/>
        <source>QR code of the official website</source>
        <translation>رمز QR للموقع الرسمي</translation>
    </message>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="249"/>
        <source>This procedure is no longer in the catalogue.</source>
        <translation>هذا الإجراء لم يعد في الكتالوج.</translation>
    </message>
</context>
</TS>
