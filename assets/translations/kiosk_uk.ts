<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../../ui/screens/admin.py" line="154"/>
        <source>Administration</source>
        <extracomment>Each form field with the label naming it (texts set in the interface language).</extracomment>
        <translation>Адміністрування</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="164"/>
        <source>Catalogue and sync</source>
        <translation>Каталог і синхронізація</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="164"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="164"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="165"/>
        <source>PINs</source>
        <translation>PIN-коди</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="165"/>
        <location filename="../../ui/screens/admin.py" line="303"/>
        <source>Quit kiosk mode</source>
        <translation>Вийти з режиму кіоску</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="191"/>
        <source>No catalogue is loaded.</source>
        <translation>Каталог не завантажено.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="193"/>
        <source>Catalogue version %1, published %2, valid until %3.</source>
        <translation>Версія каталогу %1, опубліковано %2, дійсний до %3.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="198"/>
        <source>Outdated: this catalogue expired on %1. Residents are told to check with the mediator. Sync, or ask the assistant to publish a new one.</source>
        <translation>Застарів: термін дії цього каталогу закінчився %1. Мешканцям пропонують перевірити з посередником. Синхронізуйте або попросіть асистентку опублікувати новий.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="204"/>
        <source>Safe start: the kiosk restarted too often in a short time, so read aloud, the background sync and printing are off until the next start. See the log.</source>
        <translation>Безпечний запуск: кіоск надто часто перезапускався за короткий час, тому читання вголос, фонова синхронізація і друк вимкнені до наступного запуску. Дивіться журнал.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="207"/>
        <source>No sync yet.</source>
        <translation>Ще не було синхронізації.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="219"/>
        <source>sync interval</source>
        <translation>інтервал синхронізації</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="220"/>
        <source>idle timeout</source>
        <translation>час бездіяльності</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="228"/>
        <source>Nothing was saved.</source>
        <translation>Нічого не збережено.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="230"/>
        <source>Saved. Languages, read-aloud and the idle timeout change at the next start.</source>
        <translation>Збережено. Мови, читання вголос і час бездіяльності зміняться під час наступного запуску.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="245"/>
        <source>The PINs are saved.</source>
        <translation>PIN-коди збережено.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="253"/>
        <source>Give the %1 as a whole number.</source>
        <translation>Вкажіть %1 цілим числом.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="265"/>
        <source>The system&apos;s default printer</source>
        <translation>Типовий принтер системи</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="281"/>
        <source>Offer read-aloud</source>
        <translation>Пропонувати читання вголос</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="282"/>
        <source>Site</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="283"/>
        <source>Catalogue source (path or address)</source>
        <translation>Джерело каталогу (шлях або адреса)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="284"/>
        <source>Sync every (minutes)</source>
        <translation>Інтервал синхронізації (хвилини)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="285"/>
        <source>Idle timeout (seconds)</source>
        <translation>Час бездіяльності (секунди)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="286"/>
        <source>Languages offered</source>
        <translation>Доступні мови</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="287"/>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="289"/>
        <source>Trusted publisher keys, one per line</source>
        <translation>Ключі довірених видавців, по одному в рядку</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="290"/>
        <source>New mediator PIN</source>
        <translation>Новий PIN-код посередника</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="291"/>
        <source>New admin PIN</source>
        <translation>Новий PIN-код адміністратора</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="296"/>
        <source>Save the settings</source>
        <translation>Зберегти налаштування</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="298"/>
        <source>Save the PINs</source>
        <translation>Зберегти PIN-коди</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="300"/>
        <source>4 weeks</source>
        <translation>4 тижні</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="300"/>
        <source>12 weeks</source>
        <translation>12 тижнів</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="300"/>
        <source>12 months</source>
        <translation>12 місяців</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="305"/>
        <source>Yes, close the kiosk</source>
        <translation>Так, закрити кіоск</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="308"/>
        <source>Closing the kiosk shows the system underneath. Under systemd it starts again by itself after a few seconds.</source>
        <translation>Якщо закрити кіоск, буде видно систему під ним. Під systemd він сам запуститься знову за кілька секунд.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="310"/>
        <source>Sync now</source>
        <translation>Синхронізувати зараз</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="330"/>
        <source>Most consulted procedures</source>
        <translation>Найчастіше переглянуті процедури</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="331"/>
        <source>Languages used</source>
        <translation>Використані мови</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="333"/>
        <source>Life events opened</source>
        <translation>Відкриті життєві ситуації</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="335"/>
        <source>Guides</source>
        <translation>Інструкції</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="335"/>
        <source>started</source>
        <translation>розпочато</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="335"/>
        <source>finished</source>
        <translation>завершено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="336"/>
        <source>Did this help you?</source>
        <translation>Це вам допомогло?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="336"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="336"/>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="337"/>
        <source>Searches that found nothing</source>
        <translation>Пошуки без результату</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="337"/>
        <source>in all</source>
        <translation>усього</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="340"/>
        <source>Counts below 5 are shown as &lt;5. The others are rounded to the nearest 5.</source>
        <translation>Числа, менші за 5, показано як &lt;5. Інші округлено до найближчого числа, кратного 5.</translation>
    </message>
</context>
<context>
    <name>CategoryScreen</name>
    <message>
        <location filename="../../ui/screens/category.py" line="134"/>
        <source>Previous</source>
        <extracomment>Two columns of three: big enough to read and to touch, whatever the category holds.</extracomment>
        <translation>Попередні</translation>
    </message>
    <message>
        <location filename="../../ui/screens/category.py" line="135"/>
        <source>More</source>
        <translation>Далі</translation>
    </message>
    <message>
        <location filename="../../ui/screens/category.py" line="140"/>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
</context>
<context>
    <name>DocumentScreen</name>
    <message>
        <location filename="../../ui/screens/document.py" line="64"/>
        <source>This document is no longer in the catalogue.</source>
        <translation>Цього документа більше немає в каталозі.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/document.py" line="70"/>
        <source>What is it?</source>
        <translation>Що це?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/document.py" line="71"/>
        <source>What does it look like?</source>
        <translation>Як це виглядає?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/document.py" line="72"/>
        <source>I don&apos;t have it: where do I get it?</source>
        <translation>У мене його немає: де його взяти?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/document.py" line="79"/>
        <source>Some of this text is not yet translated: it is shown in French.</source>
        <translation>Частину цього тексту ще не перекладено: її показано французькою.</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <location filename="../../ui/widgets/fallback_note.py" line="25"/>
        <source>Some texts are not translated yet: they are shown in French.</source>
        <translation>Деякі тексти ще не перекладено: їх показано французькою.</translation>
    </message>
</context>
<context>
    <name>GlossaryRow</name>
    <message>
        <location filename="../../ui/widgets/glossary_row.py" line="114"/>
        <source>Words explained here</source>
        <translation>Слова, пояснені тут</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/glossary_row.py" line="118"/>
        <source>What does %1 mean?</source>
        <translation>Що означає %1?</translation>
    </message>
</context>
<context>
    <name>GlossaryScreen</name>
    <message>
        <location filename="../../ui/screens/glossary.py" line="62"/>
        <source>This word is no longer in the catalogue.</source>
        <translation>Цього слова більше немає в каталозі.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/glossary.py" line="69"/>
        <source>Some of this text is not yet translated: it is shown in French.</source>
        <translation>Частину цього тексту ще не перекладено: її показано французькою.</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <location filename="../../ui/screens/guide.py" line="189"/>
        <source>Did this help you?</source>
        <extracomment>Width of the step&apos;s QR code: scanned from arm&apos;s length by a phone, beside the step&apos;s text.</extracomment>
        <translation>Це вам допомогло?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="190"/>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="191"/>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="197"/>
        <source>QR code of this page, to open it on your phone</source>
        <translation>QR-код цієї сторінки, щоб відкрити її на телефоні</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="198"/>
        <source>Open this page on your phone</source>
        <translation>Відкрийте цю сторінку на своєму телефоні</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="206"/>
        <source>This procedure has no steps to follow here. Ask at the reception or a partner nearby.</source>
        <translation>Для цієї процедури тут немає кроків. Запитайте на рецепції або в організації поруч.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="217"/>
        <source>Step %1 of %2</source>
        <translation>Крок %1 з %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="222"/>
        <source>On the internet</source>
        <translation>В інтернеті</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="222"/>
        <source>Go to an office</source>
        <translation>Підіть до установи</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="223"/>
        <source>Papers</source>
        <translation>Документи</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="223"/>
        <source>By phone</source>
        <translation>Телефоном</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="229"/>
        <source>Phone: %1</source>
        <translation>Телефон: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="243"/>
        <source>Previous step</source>
        <translation>Попередній крок</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="244"/>
        <source>Finished</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="244"/>
        <source>Next step</source>
        <translation>Наступний крок</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../ui/printing.py" line="146"/>
        <source>Documents to gather</source>
        <extracomment>Type sizes in points: nothing on the handout is smaller than 16 pt.</extracomment>
        <translation>Документи, які треба зібрати</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="152"/>
        <source>only if it concerns you</source>
        <translation>лише якщо це стосується вас</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="163"/>
        <source>Steps</source>
        <translation>Кроки</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="177"/>
        <source>Who can help you nearby</source>
        <translation>Хто може допомогти вам поруч</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="182"/>
        <source>Checked against %1 (page of %2)</source>
        <translation>Звірено з %1 (сторінка від %2)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="184"/>
        <source>Checked against %1</source>
        <translation>Звірено з %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="198"/>
        <source>This list on your phone (no internet needed)</source>
        <translation>Цей список у вашому телефоні (інтернет не потрібен)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="199"/>
        <source>The official website</source>
        <translation>Офіційний сайт</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="231"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <location filename="../../ui/screens/help.py" line="99"/>
        <source>Where and when can a person help me?</source>
        <extracomment>The partner whose digital mediator works in the neighbourhood centre itself: shown first. data·inclusion codes of partners who help with procedures: every &quot;numerique--...&quot; one, and help with administrative procedures (older and current code).</extracomment>
        <translation>Де і коли мені може допомогти людина?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="105"/>
        <source>A digital mediator can sit with you and do your procedure with you, step by step.</source>
        <translation>Цифровий посередник може сісти поруч і зробити вашу справу разом з вами, крок за кроком.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="107"/>
        <source>You never have to give your passwords. You type them yourself.</source>
        <translation>Вам ніколи не треба називати свої паролі. Ви вводите їх самі.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="109"/>
        <source>Bring your papers and your phone: many procedures send a code by text message.</source>
        <translation>Візьміть із собою документи й телефон: багато процедур надсилають код в SMS.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="111"/>
        <source>Ask at the reception: they will tell you when the mediator is here.</source>
        <translation>Запитайте на рецепції: вам скажуть, коли посередник буде на місці.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="112"/>
        <source>See all partners nearby</source>
        <translation>Переглянути всі організації поруч</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="113"/>
        <source>Who can help you</source>
        <translation>Хто може вам допомогти</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="114"/>
        <source>Please ask at the reception.</source>
        <translation>Будь ласка, запитайте на рецепції.</translation>
    </message>
</context>
<context>
    <name>HelpingScreen</name>
    <message>
        <location filename="../../ui/screens/helping.py" line="35"/>
        <source>Helping well</source>
        <translation>Як добре допомагати</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="40"/>
        <source>The resident decides</source>
        <translation>Вирішує сама людина</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="41"/>
        <source>Explain, show, and let the resident do it whenever they can. Ask before you act on their behalf, and say what you are doing at each step.</source>
        <translation>Пояснюйте, показуйте і давайте людині робити самій, коли вона може. Питайте, перш ніж діяти замість неї, і кажіть, що ви робите на кожному кроці.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="43"/>
        <source>Never their password</source>
        <translation>Пароль — ніколи</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="44"/>
        <source>Never keep, note or type a resident&apos;s password or codes for them. They type it themselves; look away. Never use your own email address or phone number for their accounts.</source>
        <translation>Ніколи не зберігайте, не записуйте і не вводьте пароль чи коди людини замість неї. Вона вводить їх сама; відведіть погляд. Ніколи не використовуйте свою електронну пошту чи номер телефону для її акаунтів.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="47"/>
        <source>Acting in their name: Aidants Connect</source>
        <translation>Діяти від імені людини: Aidants Connect</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="48"/>
        <source>To do a procedure in the resident&apos;s place, a professional helper needs an Aidants Connect mandate: the resident signs it with FranceConnect, it lists the procedures and lasts at most one year. Only salaried helpers of an approved structure can use it: not volunteers, civic service, family or elected members.</source>
        <translation>Щоб зробити процедуру замість людини, професійному помічнику потрібен мандат Aidants Connect: людина підписує його через FranceConnect, у ньому перелічено процедури, і він діє не довше одного року. Користуватися ним можуть лише найняті працівники схваленої організації: не волонтери, не учасники громадянської служби, не родина і не виборні особи.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="52"/>
        <source>Their papers stay theirs</source>
        <translation>Документи належать людині</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="53"/>
        <source>Scan or photograph documents only for the procedure, send them, then delete them from the computer and its downloads. Keep no copy and no notes about the resident.</source>
        <translation>Скануйте чи фотографуйте документи лише для процедури, надішліть їх, потім видаліть з комп&apos;ютера і з папки завантажень. Не залишайте жодних копій і нотаток про людину.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="56"/>
        <source>Close everything</source>
        <translation>Закрийте все</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="57"/>
        <source>At the end, log out of every website, close the browser and check nothing is left open or saved. The kiosk itself keeps nothing once it resets.</source>
        <translation>Наприкінці вийдіть з усіх сайтів, закрийте браузер і перевірте, що нічого не залишилося відкритим чи збереженим. Сам кіоск після скидання нічого не зберігає.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="59"/>
        <source>A handout to take away</source>
        <translation>Пам&apos;ятка з собою</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="60"/>
        <source>Give the resident the printed list or the QR code of the procedure, so they know what to gather and what comes next.</source>
        <translation>Дайте людині надрукований список або QR-код процедури, щоб вона знала, що зібрати і що буде далі.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="76"/>
        <source>Sources: aidantsconnect.beta.gouv.fr, read on 25 November 2026.</source>
        <translation>Джерела: aidantsconnect.beta.gouv.fr, прочитано 25 листопада 2026 року.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../ui/screens/home.py" line="57"/>
        <source>Hello. What do you want to do?</source>
        <extracomment>The largest a tile&apos;s pictogram gets at 1920x1080 (smaller when the tiles have less room).</extracomment>
        <translation>Вітаємо. Що ви хочете зробити?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="61"/>
        <source>Find a procedure</source>
        <translation>Знайти процедуру</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="62"/>
        <source>Where to go? Partners nearby</source>
        <translation>Куди піти? Організації поруч</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="65"/>
        <source>This information may be out of date. Check it with the mediator.</source>
        <translation>Ця інформація може бути застарілою. Перевірте її з посередником.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/window.py" line="349"/>
        <source>Too many wrong PINs. Try again in %1 seconds.</source>
        <extracomment>Mediator and admin modes fall back to the resident mode after this long without a touch. Screens reached only in the mediator or admin mode. The languages one tap away on the bar; the others behind &quot;more languages&quot;, and on the bar only while one of them is on screen (so the choice shows). Every screen, by name; each is built the first time it is needed (a faster start). Only the admin mode may close the window (quitting kiosk mode).</extracomment>
        <translation>Забагато неправильних PIN-кодів. Спробуйте ще раз через %1 с.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="352"/>
        <source>No PIN is set for this mode yet: set it with the command kiosk pin set.</source>
        <translation>Для цього режиму ще немає PIN-коду: задайте його командою kiosk pin set.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="355"/>
        <source>Wrong PIN.</source>
        <translation>Неправильний PIN-код.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="367"/>
        <source>Mediator mode</source>
        <translation>Режим посередника</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="368"/>
        <source>Admin mode</source>
        <translation>Режим адміністратора</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="369"/>
        <source>Helping well</source>
        <translation>Як добре допомагати</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="370"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="371"/>
        <source>Leave</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="441"/>
        <location filename="../../ui/window.py" line="442"/>
        <source>Home</source>
        <translation>Головна</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="443"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="444"/>
        <source>Need help?</source>
        <translation>Потрібна допомога?</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="453"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="455"/>
        <location filename="../../ui/window.py" line="456"/>
        <source>More languages</source>
        <translation>Інші мови</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="464"/>
        <source>Stop</source>
        <translation>Зупинити</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="464"/>
        <source>Listen</source>
        <translation>Слухати</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <location filename="../../ui/widgets/language_panel.py" line="104"/>
        <source>Choose your language</source>
        <translation>Оберіть мову</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/language_panel.py" line="107"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>PartnerCard</name>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="110"/>
        <source>We are still checking these details. Please ask at the reception.</source>
        <extracomment>Room each side of a text: Qt draws some mixed Arabic and Latin lines a few pixels wider than it measured them, and the overhang would be cut off at the label&apos;s edge. RIGHT-TO-LEFT MARK: makes a paragraph right-to-left even when it starts with a Latin word.</extracomment>
        <translation>Ми ще перевіряємо ці дані. Будь ласка, запитайте на рецепції.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="143"/>
        <source>Opening hours not known</source>
        <translation>Години роботи невідомі</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="150"/>
        <source>Today: {hours}</source>
        <translation>Сьогодні: {hours}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="159"/>
        <source>We do not know if it is open now</source>
        <translation>Ми не знаємо, чи відчинено зараз</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="162"/>
        <source>Open now</source>
        <translation>Зараз відчинено</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="164"/>
        <source>Open now — closes at {time}</source>
        <translation>Зараз відчинено — зачиняється о {time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="165"/>
        <source>Open now — closes tomorrow at {time}</source>
        <translation>Зараз відчинено — зачиняється завтра о {time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="166"/>
        <source>Open now — closes {day} at {time}</source>
        <translation>Зараз відчинено — зачиняється: {day}, о {time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="167"/>
        <source>Open now — closes on {date} at {time}</source>
        <translation>Зараз відчинено — зачиняється {date} о {time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="171"/>
        <source>Closed now</source>
        <translation>Зараз зачинено</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="173"/>
        <source>Closed now — opens at {time}</source>
        <translation>Зараз зачинено — відчиняється о {time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="174"/>
        <source>Closed now — opens tomorrow at {time}</source>
        <translation>Зараз зачинено — відчиняється завтра о {time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="175"/>
        <source>Closed now — opens {day} at {time}</source>
        <translation>Зараз зачинено — відчиняється: {day}, о {time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="176"/>
        <source>Closed now — opens on {date} at {time}</source>
        <translation>Зараз зачинено — відчиняється {date} о {time}</translation>
    </message>
</context>
<context>
    <name>PartnersScreen</name>
    <message>
        <location filename="../../ui/screens/partners.py" line="152"/>
        <source>Who can help you nearby</source>
        <extracomment>Partner cards side by side at 1920 px: about 70 characters a line, easy to read. Theme buttons in one row at most. The narrowest a theme button gets at 1920x1080: fewer per row on a narrower screen. The opening-hours lines are computed again this often while the screen is shown. In the order the buttons appear. The data·inclusion codes are &quot;prefix--detail&quot;; both the current list and the older one (difficultes-*) are grouped here.</extracomment>
        <translation>Хто може допомогти вам поруч</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="168"/>
        <source>Some texts are not translated yet: they are shown in French.</source>
        <translation>Деякі тексти ще не перекладено: їх показано французькою.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="170"/>
        <source>No partners are listed yet. Please ask at the reception.</source>
        <translation>У списку ще немає організацій. Будь ласка, запитайте на рецепції.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="225"/>
        <source>All</source>
        <translation>Усі</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="226"/>
        <source>Papers and rights</source>
        <translation>Документи і права</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="227"/>
        <source>Computer and internet</source>
        <translation>Комп&apos;ютер та інтернет</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="228"/>
        <source>Money</source>
        <translation>Гроші</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="229"/>
        <source>Housing</source>
        <translation>Житло</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="230"/>
        <source>Family</source>
        <translation>Сім&apos;я</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="231"/>
        <source>Health</source>
        <translation>Здоров&apos;я</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="232"/>
        <source>Work and training</source>
        <translation>Робота і навчання</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="233"/>
        <source>Reading and French</source>
        <translation>Читання і французька</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="234"/>
        <source>Getting around</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="235"/>
        <source>Food and clothes</source>
        <translation>Їжа та одяг</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="236"/>
        <source>Meeting people</source>
        <translation>Спілкування</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="237"/>
        <source>Other help</source>
        <translation>Інша допомога</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="112"/>
        <source>Mediator</source>
        <translation>Посередник</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="112"/>
        <source>Administration</source>
        <translation>Адміністрування</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="113"/>
        <source>Erase</source>
        <translation>Стерти</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="113"/>
        <source>OK</source>
        <translation>Гаразд</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="114"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <location filename="../../ui/print_panel.py" line="214"/>
        <source>Printing…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="216"/>
        <source>%1 prints already: that is the most for one visit</source>
        <translation>Уже %1 друк.: це найбільше за один візит</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="218"/>
        <source>Print this list</source>
        <translation>Надрукувати список</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="225"/>
        <source>The printer is not available. The QR code still works, and a mediator can help.</source>
        <translation>Принтер недоступний. QR-код усе одно працює, а посередник може допомогти.</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="226"/>
        <source>The printer cannot print right now. The QR code still works, and a mediator can help.</source>
        <translation>Принтер зараз не може друкувати. QR-код усе одно працює, а посередник може допомогти.</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="228"/>
        <source>Sent to the printer. Please wait.</source>
        <translation>Надіслано на принтер. Зачекайте, будь ласка.</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="229"/>
        <source>Printed. Take your paper from the printer.</source>
        <translation>Надруковано. Заберіть аркуш із принтера.</translation>
    </message>
</context>
<context>
    <name>ProcedureScreen</name>
    <message>
        <location filename="../../ui/screens/procedure.py" line="213"/>
        <source>This procedure is no longer in the catalogue.</source>
        <extracomment>The side column&apos;s width at 1920x1080 (scaled with the screen). How, how much and how long, as shown (read aloud after the documents). Ticked documents per procedure, for this resident&apos;s session only.</extracomment>
        <translation>Цієї процедури більше немає в каталозі.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="222"/>
        <source>Some of this text is not yet translated: it is shown in French.</source>
        <translation>Частину цього тексту ще не перекладено: її показано французькою.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="225"/>
        <source>Who is it for?</source>
        <translation>Для кого це?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="235"/>
        <source>Step by step</source>
        <translation>Крок за кроком</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="237"/>
        <source>Take this list with me</source>
        <translation>Взяти список із собою</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="239"/>
        <source>Checked against %1 (page of %2)</source>
        <translation>Звірено з %1 (сторінка від %2)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="240"/>
        <source>Checked against %1</source>
        <translation>Звірено з %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="247"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="247"/>
        <source>At an office</source>
        <translation>В установі</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="248"/>
        <source>Online or at an office</source>
        <translation>Онлайн або в установі</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="265"/>
        <source>Documents to gather</source>
        <translation>Документи, які треба зібрати</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="266"/>
        <source>Tick what you have. Tap the i button to see what a document is.</source>
        <translation>Позначте те, що у вас є. Натисніть кнопку i, щоб побачити, що це за документ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="268"/>
        <source>No document is needed to start.</source>
        <translation>Щоб почати, документи не потрібні.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="272"/>
        <source>What is this document?</source>
        <translation>Що це за документ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="279"/>
        <source>Who can help nearby</source>
        <translation>Хто може допомогти поруч</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="292"/>
        <source>Still to be checked:</source>
        <translation>Ще треба перевірити:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="294"/>
        <source>For the mediator</source>
        <translation>Для посередника</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../ui/screens/search.py" line="93"/>
        <source>Find a procedure</source>
        <extracomment>Words residents often say at the desk: one tap fills the search. The room a suggested word&apos;s button gets at 1920x1080: fewer per row on a narrow screen.</extracomment>
        <translation>Знайти процедуру</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="102"/>
        <source>Type a word, for example: health, CAF, passport</source>
        <translation>Введіть слово, наприклад: здоров&apos;я, CAF, паспорт</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="103"/>
        <source>Search</source>
        <translation>Шукати</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="104"/>
        <source>Or tap a word:</source>
        <translation>Або натисніть на слово:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="105"/>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="147"/>
        <source>Nothing found. Try another word, or go back to the home screen.</source>
        <translation>Нічого не знайдено. Спробуйте інше слово або поверніться на головний екран.</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="46"/>
        <source>Are you still there?</source>
        <translation>Ви ще тут?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="47"/>
        <source>Everything will be cleared in %1 seconds.</source>
        <translation>Усе буде стерто. Залишилось секунд: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="48"/>
        <source>Yes, I am here</source>
        <translation>Так, я тут</translation>
    </message>
</context>
<context>
    <name>TakeawayScreen</name>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="127"/>
        <source>Take it with me</source>
        <extracomment>Width of each QR code&apos;s column; the codes grow with the height left to them (about 550 px at 1920x1080), enough for 4 screen pixels a module on the densest checklist.</extracomment>
        <translation>Взяти з собою</translation>
    </message>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="241"/>
        <source>Your checklist on your phone (no internet needed)</source>
        <translation>Ваш список у телефоні (інтернет не потрібен)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="242"/>
        <source>QR code of your checklist</source>
        <translation>QR-код вашого списку</translation>
    </message>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="243"/>
        <source>The official website</source>
        <translation>Офіційний сайт</translation>
    </message>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="244"/>
        <source>QR code of the official website</source>
        <translation>QR-код офіційного сайту</translation>
    </message>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="249"/>
        <source>This procedure is no longer in the catalogue.</source>
        <translation>Цієї процедури більше немає в каталозі.</translation>
    </message>
</context>
</TS>
