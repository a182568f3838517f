<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../../ui/screens/admin.py" line="157"/>
        <source>Administration</source>
        <extracomment>Each form field with the label naming it (texts set in the interface language).</extracomment>
        <translation>Адміністрування</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="167"/>
        <source>Catalogue and sync</source>
        <translation>Каталог і синхронізація</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="167"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="167"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="168"/>
        <source>PINs</source>
        <translation>PIN-коди</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="168"/>
        <location filename="../../ui/screens/admin.py" line="316"/>
        <source>Quit kiosk mode</source>
        <translation>Вийти з режиму кіоску</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="194"/>
        <source>No catalogue is loaded.</source>
        <translation>Каталог не завантажено.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="196"/>
        <source>Catalogue version %1, published %2, valid until %3.</source>
        <translation>Версія каталогу %1, опубліковано %2, дійсний до %3.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="201"/>
        <source>Outdated: this catalogue expired on %1. Residents are told to check with the mediator. Sync, or ask the assistant to publish a new one.</source>
        <translation>Застарів: термін дії цього каталогу закінчився %1. Мешканцям пропонують перевірити з посередником. Синхронізуйте або попросіть асистентку опублікувати новий.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="207"/>
        <source>Safe start: the kiosk restarted too often in a short time, so read aloud, the background sync and printing are off until the next start. See the log.</source>
        <translation>Безпечний запуск: кіоск надто часто перезапускався за короткий час, тому читання вголос, фонова синхронізація і друк вимкнені до наступного запуску. Дивіться журнал.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="211"/>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="213"/>
        <source>Workshops calendar: last read %1. Last try %2: %3</source>
        <translation>Календар занять: востаннє прочитано %1. Остання спроба %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="217"/>
        <source>No sync yet.</source>
        <translation>Ще не було синхронізації.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="230"/>
        <source>sync interval</source>
        <translation>інтервал синхронізації</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="231"/>
        <source>idle timeout</source>
        <translation>час бездіяльності</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="239"/>
        <source>Nothing was saved.</source>
        <translation>Нічого не збережено.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="241"/>
        <source>Saved. Languages, read-aloud and the idle timeout change at the next start.</source>
        <translation>Збережено. Мови, читання вголос і час бездіяльності зміняться під час наступного запуску.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="256"/>
        <source>The PINs are saved.</source>
        <translation>PIN-коди збережено.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="264"/>
        <source>Give the %1 as a whole number.</source>
        <translation>Вкажіть %1 цілим числом.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="277"/>
        <source>The system&apos;s default printer</source>
        <translation>Типовий принтер системи</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="293"/>
        <source>Offer read-aloud</source>
        <translation>Пропонувати читання вголос</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="294"/>
        <source>Site</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="295"/>
        <source>Catalogue source (path or address)</source>
        <translation>Джерело каталогу (шлях або адреса)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="296"/>
        <source>Workshops calendar (.ics path or address)</source>
        <translation>Календар занять (шлях або адреса .ics)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="297"/>
        <source>Sync every (minutes)</source>
        <translation>Інтервал синхронізації (хвилини)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="298"/>
        <source>Idle timeout (seconds)</source>
        <translation>Час бездіяльності (секунди)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="299"/>
        <source>Languages offered</source>
        <translation>Доступні мови</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="300"/>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="302"/>
        <source>Trusted publisher keys, one per line</source>
        <translation>Ключі довірених видавців, по одному в рядку</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="303"/>
        <source>New mediator PIN</source>
        <translation>Новий PIN-код посередника</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="304"/>
        <source>New admin PIN</source>
        <translation>Новий PIN-код адміністратора</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="309"/>
        <source>Save the settings</source>
        <translation>Зберегти налаштування</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="311"/>
        <source>Save the PINs</source>
        <translation>Зберегти PIN-коди</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="313"/>
        <source>4 weeks</source>
        <translation>4 тижні</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="313"/>
        <source>12 weeks</source>
        <translation>12 тижнів</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="313"/>
        <source>12 months</source>
        <translation>12 місяців</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="318"/>
        <source>Yes, close the kiosk</source>
        <translation>Так, закрити кіоск</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="321"/>
        <source>Closing the kiosk shows the system underneath. Under systemd it starts again by itself after a few seconds.</source>
        <translation>Якщо закрити кіоск, буде видно систему під ним. Під systemd він сам запуститься знову за кілька секунд.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="323"/>
        <source>Sync now</source>
        <translation>Синхронізувати зараз</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="344"/>
        <source>Most consulted procedures</source>
        <translation>Найчастіше переглянуті процедури</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="345"/>
        <source>Languages used</source>
        <translation>Використані мови</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="347"/>
        <source>Life events opened</source>
        <translation>Відкриті життєві ситуації</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="349"/>
        <source>Guides</source>
        <translation>Інструкції</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="349"/>
        <source>started</source>
        <translation>розпочато</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="349"/>
        <source>finished</source>
        <translation>завершено</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="350"/>
        <source>Did this help you?</source>
        <translation>Це вам допомогло?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="350"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="350"/>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="351"/>
        <source>Searches that found nothing</source>
        <translation>Пошуки без результату</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="351"/>
        <source>in all</source>
        <translation>усього</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="353"/>
        <source>Viewed at a front desk</source>
        <translation>Переглянуто на стійці прийому партнера</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="356"/>
        <source>Counts below 5 are shown as &lt;5. The others are rounded to the nearest 5.</source>
        <translation>Числа, менші за 5, показано як &lt;5. Інші округлено до найближчого числа, кратного 5.</translation>
    </message>
</context>
<context>
    <name>CategoryScreen</name>
    <message>
        <location filename="../../ui/screens/category.py" line="148"/>
        <source>Previous</source>
        <extracomment>The category whose screen also leads to the places and workshops of digital help. Two columns of three: big enough to read and to touch, whatever the category holds.</extracomment>
        <translation>Попередні</translation>
    </message>
    <message>
        <location filename="../../ui/screens/category.py" line="149"/>
        <source>More</source>
        <translation>Далі</translation>
    </message>
    <message>
        <location filename="../../ui/screens/category.py" line="150"/>
        <source>Digital help near here: places and workshops</source>
        <translation>Цифрова допомога поруч: місця й заняття</translation>
    </message>
    <message>
        <location filename="../../ui/screens/category.py" line="156"/>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
</context>
<context>
    <name>DigitalScreen</name>
    <message>
        <location filename="../../ui/screens/digital.py" line="134"/>
        <source>Digital help near here</source>
        <extracomment>What a place offers, in this order: its pictogram, and the data·inclusion codes that say it (the current &quot;numerique&quot; thematiques and the older ones partners&apos; files still carry). Every partner with a &quot;numerique&quot; code is a place of digital help (as on the help screen). The side of a workshop&apos;s QR code at 1920x1080 (scaled with the screen): an event of ~300 bytes is a version 12-14 code, 3 pixels a module at this size.</extracomment>
        <translation>Цифрова допомога поруч</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="145"/>
        <source>Computer, internet and help</source>
        <translation>Комп’ютер, інтернет і допомога</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="146"/>
        <source>Please ask at the reception.</source>
        <translation>Будь ласка, запитайте на рецепції.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="147"/>
        <source>Workshops in the next 14 days</source>
        <translation>Заняття на найближчі 14 днів</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="148"/>
        <source>No workshop in the next 14 days. Please ask at the reception.</source>
        <translation>Немає занять на найближчі 14 днів. Будь ласка, запитайте на рецепції.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="183"/>
        <source>A computer to use</source>
        <translation>Комп’ютер, яким можна користуватися</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="184"/>
        <source>Internet and wifi</source>
        <translation>Інтернет і wifi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="185"/>
        <source>Help with procedures online</source>
        <translation>Допомога з онлайн-процедурами</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="186"/>
        <source>Learn to use a computer</source>
        <translation>Навчитися користуватися комп’ютером</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="187"/>
        <source>Get a computer or a phone</source>
        <translation>Отримати комп’ютер або телефон</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="231"/>
        <source>Scan it: your phone adds it to its calendar.</source>
        <translation>Скануйте: телефон додасть це до свого календаря.</translation>
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
    <name>EligibilityScreen</name>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="191"/>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="192"/>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="193"/>
        <source>Previous question</source>
        <translation>Попереднє питання</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="194"/>
        <source>Skip the questions</source>
        <translation>Пропустити питання</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="195"/>
        <source>Change my answer</source>
        <translation>Змінити відповідь</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="199"/>
        <source>There are no questions for this procedure.</source>
        <translation>Для цієї процедури немає питань.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="208"/>
        <source>Is this for me? Question %1 of %2</source>
        <translation>Це для мене? Питання %1 з %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="223"/>
        <source>This procedure is probably for you.</source>
        <translation>Ця процедура, ймовірно, для вас.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="224"/>
        <source>Now gather the documents on the list.</source>
        <translation>Тепер зберіть документи зі списку.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="225"/>
        <source>See the list</source>
        <translation>Переглянути список</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="227"/>
        <source>This procedure is probably not for you.</source>
        <translation>Ця процедура, ймовірно, не для вас.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="233"/>
        <source>See the list anyway</source>
        <translation>Усе одно переглянути список</translation>
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
    <name>Flash</name>
    <message>
        <location filename="../../ui/flash.py" line="57"/>
        <source>Information</source>
        <translation>Інформація</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="58"/>
        <source>News this month</source>
        <translation>Новини цього місяця</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="59"/>
        <source>Procedures to know</source>
        <translation>Справи, які варто знати</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="60"/>
        <source>Scan a code with your phone: you get the list of papers. No internet needed.</source>
        <translation>Скануйте код телефоном: ви отримаєте список документів. Інтернет не потрібен.</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="61"/>
        <source>Someone can help you</source>
        <translation>Вам можуть допомогти</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="62"/>
        <source>Phone: %1</source>
        <translation>Телефон: %1</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="63"/>
        <source>Closed this week.</source>
        <translation>Цього тижня зачинено.</translation>
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
        <translation>Запитайте на рецепції, коли вам можуть допомогти.</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="67"/>
        <source>Next digital workshops</source>
        <translation>Найближчі цифрові майстер-класи</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="68"/>
        <source>There is more on the kiosk of the Maison de quartier.</source>
        <translation>Більше інформації — на терміналі в Maison de quartier (будинку кварталу).</translation>
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
        <location filename="../../ui/screens/guide.py" line="192"/>
        <source>Did this help you?</source>
        <extracomment>Width of the step&apos;s QR code: scanned from arm&apos;s length by a phone, beside the step&apos;s text.</extracomment>
        <translation>Це вам допомогло?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="193"/>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="194"/>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="200"/>
        <source>QR code of this page, to open it on your phone</source>
        <translation>QR-код цієї сторінки, щоб відкрити її на телефоні</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="201"/>
        <source>Open this page on your phone</source>
        <translation>Відкрийте цю сторінку на своєму телефоні</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="209"/>
        <source>This procedure has no steps to follow here. Ask at the reception or a partner nearby.</source>
        <translation>Для цієї процедури тут немає кроків. Запитайте на рецепції або в організації поруч.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="221"/>
        <source>Step %1 of %2</source>
        <translation>Крок %1 з %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="226"/>
        <source>On the internet</source>
        <translation>В інтернеті</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="226"/>
        <source>Go to an office</source>
        <translation>Підіть до установи</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="227"/>
        <source>Papers</source>
        <translation>Документи</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="227"/>
        <source>By phone</source>
        <translation>Телефоном</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="236"/>
        <source>Phone: %1</source>
        <translation>Телефон: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="250"/>
        <source>Previous step</source>
        <translation>Попередній крок</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="251"/>
        <source>Finished</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="251"/>
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
        <location filename="../../ui/screens/help.py" line="76"/>
        <source>Where and when can a person help me?</source>
        <translation>Де і коли мені може допомогти людина?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="82"/>
        <source>A digital mediator can sit with you and do your procedure with you, step by step.</source>
        <translation>Цифровий посередник може сісти поруч і зробити вашу справу разом з вами, крок за кроком.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="84"/>
        <source>You never have to give your passwords. You type them yourself.</source>
        <translation>Вам ніколи не треба називати свої паролі. Ви вводите їх самі.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="86"/>
        <source>Bring your papers and your phone: many procedures send a code by text message.</source>
        <translation>Візьміть із собою документи й телефон: багато процедур надсилають код в SMS.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="88"/>
        <source>Ask at the reception: they will tell you when the mediator is here.</source>
        <translation>Запитайте на рецепції: вам скажуть, коли посередник буде на місці.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="89"/>
        <source>See all partners nearby</source>
        <translation>Переглянути всі організації поруч</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="90"/>
        <source>Digital help near here: places and workshops</source>
        <translation>Цифрова допомога поруч: місця й заняття</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="91"/>
        <source>Who can help you</source>
        <translation>Хто може вам допомогти</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="92"/>
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
        <location filename="../../ui/screens/home.py" line="72"/>
        <source>Hello. What do you want to do?</source>
        <extracomment>The largest a tile&apos;s pictogram gets at 1920x1080 (smaller when the tiles have less room).</extracomment>
        <translation>Вітаємо. Що ви хочете зробити?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="76"/>
        <source>Find a procedure</source>
        <translation>Знайти процедуру</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="77"/>
        <source>Where to go? Partners nearby</source>
        <translation>Куди піти? Організації поруч</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="80"/>
        <source>This information may be out of date. Check it with the mediator.</source>
        <translation>Ця інформація може бути застарілою. Перевірте її з посередником.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/window.py" line="392"/>
        <source>Too many wrong PINs. Try again in %1 seconds.</source>
        <extracomment>Mediator and admin modes fall back to the resident mode after this long without a touch. Screens reached only in the mediator or admin mode. The languages one tap away on the bar; the others behind &quot;more languages&quot;, and on the bar only while one of them is on screen (so the choice shows). Every screen, by name; each is built the first time it is needed (a faster start). Only the admin mode may close the window (quitting kiosk mode).</extracomment>
        <translation>Забагато неправильних PIN-кодів. Спробуйте ще раз через %1 с.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="395"/>
        <source>No PIN is set for this mode yet: set it with the command kiosk pin set.</source>
        <translation>Для цього режиму ще немає PIN-коду: задайте його командою kiosk pin set.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="398"/>
        <source>Wrong PIN.</source>
        <translation>Неправильний PIN-код.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="410"/>
        <source>Mediator mode</source>
        <translation>Режим посередника</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="411"/>
        <source>Admin mode</source>
        <translation>Режим адміністратора</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="412"/>
        <source>Helping well</source>
        <translation>Як добре допомагати</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="413"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="414"/>
        <source>Leave</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="494"/>
        <location filename="../../ui/window.py" line="495"/>
        <source>Home</source>
        <translation>Головна</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="496"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="497"/>
        <source>Need help?</source>
        <translation>Потрібна допомога?</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="507"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="509"/>
        <location filename="../../ui/window.py" line="510"/>
        <source>More languages</source>
        <translation>Інші мови</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="518"/>
        <source>Stop</source>
        <translation>Зупинити</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="518"/>
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
        <location filename="../../ui/print_panel.py" line="216"/>
        <source>Printing…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="218"/>
        <source>%1 prints already: that is the most for one visit</source>
        <translation>Уже %1 друк.: це найбільше за один візит</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="220"/>
        <source>Print this list</source>
        <translation>Надрукувати список</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="227"/>
        <source>The printer is not available. The QR code still works, and a mediator can help.</source>
        <translation>Принтер недоступний. QR-код усе одно працює, а посередник може допомогти.</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="228"/>
        <source>The printer cannot print right now. The QR code still works, and a mediator can help.</source>
        <translation>Принтер зараз не може друкувати. QR-код усе одно працює, а посередник може допомогти.</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="230"/>
        <source>Sent to the printer. Please wait.</source>
        <translation>Надіслано на принтер. Зачекайте, будь ласка.</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="231"/>
        <source>Printed. Take your paper from the printer.</source>
        <translation>Надруковано. Заберіть аркуш із принтера.</translation>
    </message>
</context>
<context>
    <name>ProcedureScreen</name>
    <message>
        <location filename="../../ui/screens/procedure.py" line="238"/>
        <source>This procedure is no longer in the catalogue.</source>
        <extracomment>The side column&apos;s width at 1920x1080 (scaled with the screen). How, how much and how long, as shown (read aloud after the documents). Ticked documents per procedure, for this resident&apos;s session only. No person has checked this translation yet (kiosk.reviews): said in the screen&apos;s language.</extracomment>
        <translation>Цієї процедури більше немає в каталозі.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="249"/>
        <source>Some of this text is not yet translated: it is shown in French.</source>
        <translation>Частину цього тексту ще не перекладено: її показано французькою.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="251"/>
        <source>Translated by machine: ask the mediator if something is unclear.</source>
        <translation>Перекладено машиною: якщо щось незрозуміло, запитайте посередника.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="254"/>
        <source>Who is it for?</source>
        <translation>Для кого це?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="267"/>
        <source>Is this for me?</source>
        <translation>Це для мене?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="269"/>
        <source>Step by step</source>
        <translation>Крок за кроком</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="271"/>
        <source>Take this list with me</source>
        <translation>Взяти список із собою</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="273"/>
        <source>Checked against %1 (page of %2)</source>
        <translation>Звірено з %1 (сторінка від %2)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="274"/>
        <source>Checked against %1</source>
        <translation>Звірено з %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="281"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="281"/>
        <source>At an office</source>
        <translation>В установі</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="282"/>
        <source>Online or at an office</source>
        <translation>Онлайн або в установі</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="299"/>
        <source>Documents to gather</source>
        <translation>Документи, які треба зібрати</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="300"/>
        <source>Tick what you have. Tap the i button to see what a document is.</source>
        <translation>Позначте те, що у вас є. Натисніть кнопку i, щоб побачити, що це за документ.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="302"/>
        <source>No document is needed to start.</source>
        <translation>Щоб почати, документи не потрібні.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="308"/>
        <source>What is this document?</source>
        <translation>Що це за документ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="315"/>
        <source>Who can help nearby</source>
        <translation>Хто може допомогти поруч</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="329"/>
        <source>Still to be checked:</source>
        <translation>Ще треба перевірити:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="331"/>
        <source>For the mediator</source>
        <translation>Для посередника</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../ui/screens/search.py" line="97"/>
        <source>Find a procedure</source>
        <extracomment>Words residents often say at the desk: one tap fills the search. The room a suggested word&apos;s button gets at 1920x1080: fewer per row on a narrow screen. What the results shown were found for; whether Enter waits for the next results.</extracomment>
        <translation>Знайти процедуру</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="106"/>
        <source>Type a word, for example: health, CAF, passport</source>
        <translation>Введіть слово, наприклад: здоров&apos;я, CAF, паспорт</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="107"/>
        <source>Search</source>
        <translation>Шукати</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="108"/>
        <source>Or tap a word:</source>
        <translation>Або натисніть на слово:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="109"/>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="172"/>
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
