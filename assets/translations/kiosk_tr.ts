<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../../ui/screens/admin.py" line="157"/>
        <source>Administration</source>
        <extracomment>Each form field with the label naming it (texts set in the interface language).</extracomment>
        <translation>Yönetim</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="167"/>
        <source>Catalogue and sync</source>
        <translation>Katalog ve senkronizasyon</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="167"/>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="167"/>
        <source>Statistics</source>
        <translation>İstatistikler</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="168"/>
        <source>PINs</source>
        <translation>PIN kodları</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="168"/>
        <location filename="../../ui/screens/admin.py" line="316"/>
        <source>Quit kiosk mode</source>
        <translation>Kiosk modundan çık</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="194"/>
        <source>No catalogue is loaded.</source>
        <translation>Hiçbir katalog yüklenmedi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="196"/>
        <source>Catalogue version %1, published %2, valid until %3.</source>
        <translation>Katalog sürümü %1, yayın tarihi %2, geçerlilik sonu %3.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="201"/>
        <source>Outdated: this catalogue expired on %1. Residents are told to check with the mediator. Sync, or ask the assistant to publish a new one.</source>
        <translation>Güncel değil: bu katalogun süresi %1 tarihinde doldu. Sakinlere dijital yardım görevlisiyle kontrol etmeleri söyleniyor. Eşitleyin veya asistandan yenisini yayımlamasını isteyin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="207"/>
        <source>Safe start: the kiosk restarted too often in a short time, so read aloud, the background sync and printing are off until the next start. See the log.</source>
        <translation>Güvenli başlatma: kiosk kısa sürede çok sık yeniden başladı. Sesli okuma, arka plan eşitlemesi ve yazdırma bir sonraki başlatmaya kadar kapalı. Günlüğe bakın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="211"/>
        <source>never</source>
        <translation>hiç</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="213"/>
        <source>Workshops calendar: last read %1. Last try %2: %3</source>
        <translation>Atölye takvimi: son okuma %1. Son deneme %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="217"/>
        <source>No sync yet.</source>
        <translation>Henüz senkronizasyon yapılmadı.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="230"/>
        <source>sync interval</source>
        <translation>senkronizasyon aralığı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="231"/>
        <source>idle timeout</source>
        <translation>boşta kalma süresi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="239"/>
        <source>Nothing was saved.</source>
        <translation>Hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="241"/>
        <source>Saved. Languages, read-aloud and the idle timeout change at the next start.</source>
        <translation>Kaydedildi. Diller, sesli okuma ve boşta kalma süresi bir sonraki açılışta değişir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="256"/>
        <source>The PINs are saved.</source>
        <translation>PIN kodları kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="264"/>
        <source>Give the %1 as a whole number.</source>
        <translation>Lütfen %1 için bir tam sayı girin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="277"/>
        <source>The system&apos;s default printer</source>
        <translation>Sistemin varsayılan yazıcısı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="293"/>
        <source>Offer read-aloud</source>
        <translation>Sesli okumayı sun</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="294"/>
        <source>Site</source>
        <translation>Konum</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="295"/>
        <source>Catalogue source (path or address)</source>
        <translation>Katalog kaynağı (yol veya adres)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="296"/>
        <source>Workshops calendar (.ics path or address)</source>
        <translation>Atölye takvimi (.ics yolu veya adresi)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="297"/>
        <source>Sync every (minutes)</source>
        <translation>Senkronizasyon aralığı (dakika)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="298"/>
        <source>Idle timeout (seconds)</source>
        <translation>Boşta kalma süresi (saniye)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="299"/>
        <source>Languages offered</source>
        <translation>Sunulan diller</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="300"/>
        <source>Printer</source>
        <translation>Yazıcı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="302"/>
        <source>Trusted publisher keys, one per line</source>
        <translation>Güvenilir yayıncı anahtarları, her satıra bir tane</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="303"/>
        <source>New mediator PIN</source>
        <translation>Yeni destek görevlisi PIN kodu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="304"/>
        <source>New admin PIN</source>
        <translation>Yeni yönetici PIN kodu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="309"/>
        <source>Save the settings</source>
        <translation>Ayarları kaydet</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="311"/>
        <source>Save the PINs</source>
        <translation>PIN kodlarını kaydet</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="313"/>
        <source>4 weeks</source>
        <translation>4 hafta</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="313"/>
        <source>12 weeks</source>
        <translation>12 hafta</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="313"/>
        <source>12 months</source>
        <translation>12 ay</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="318"/>
        <source>Yes, close the kiosk</source>
        <translation>Evet, kioskı kapat</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="321"/>
        <source>Closing the kiosk shows the system underneath. Under systemd it starts again by itself after a few seconds.</source>
        <translation>Kiosk kapatılınca alttaki sistem görünür. systemd altında birkaç saniye sonra kendiliğinden yeniden başlar.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="323"/>
        <source>Sync now</source>
        <translation>Şimdi senkronize et</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="344"/>
        <source>Most consulted procedures</source>
        <translation>En çok bakılan işlemler</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="345"/>
        <source>Languages used</source>
        <translation>Kullanılan diller</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="347"/>
        <source>Life events opened</source>
        <translation>Açılan yaşam olayları</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="349"/>
        <source>Guides</source>
        <translation>Rehberler</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="349"/>
        <source>started</source>
        <translation>başlatılan</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="349"/>
        <source>finished</source>
        <translation>tamamlanan</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="350"/>
        <source>Did this help you?</source>
        <translation>Bu size yardımcı oldu mu?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="350"/>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="350"/>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="351"/>
        <source>Searches that found nothing</source>
        <translation>Sonuç bulunamayan aramalar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="351"/>
        <source>in all</source>
        <translation>toplam</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="353"/>
        <source>Viewed at a front desk</source>
        <translation>Bir ortak kurumun danışma masasında görüntülenen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="356"/>
        <source>Counts below 5 are shown as &lt;5. The others are rounded to the nearest 5.</source>
        <translation>5&apos;ten küçük sayılar &lt;5 olarak gösterilir. Diğerleri en yakın 5&apos;in katına yuvarlanır.</translation>
    </message>
</context>
<context>
    <name>CategoryScreen</name>
    <message>
        <location filename="../../ui/screens/category.py" line="148"/>
        <source>Previous</source>
        <extracomment>The category whose screen also leads to the places and workshops of digital help. Two columns of three: big enough to read and to touch, whatever the category holds.</extracomment>
        <translation>Önceki</translation>
    </message>
    <message>
        <location filename="../../ui/screens/category.py" line="149"/>
        <source>More</source>
        <translation>Daha fazla</translation>
    </message>
    <message>
        <location filename="../../ui/screens/category.py" line="150"/>
        <source>Digital help near here: places and workshops</source>
        <translation>Yakındaki dijital yardım: yerler ve atölyeler</translation>
    </message>
    <message>
        <location filename="../../ui/screens/category.py" line="156"/>
        <source>Page %1 of %2</source>
        <translation>Sayfa %1 / %2</translation>
    </message>
</context>
<context>
    <name>DigitalScreen</name>
    <message>
        <location filename="../../ui/screens/digital.py" line="134"/>
        <source>Digital help near here</source>
        <extracomment>What a place offers, in this order: its pictogram, and the data·inclusion codes that say it (the current &quot;numerique&quot; thematiques and the older ones partners&apos; files still carry). Every partner with a &quot;numerique&quot; code is a place of digital help (as on the help screen). The side of a workshop&apos;s QR code at 1920x1080 (scaled with the screen): an event of ~300 bytes is a version 12-14 code, 3 pixels a module at this size.</extracomment>
        <translation>Yakındaki dijital yardım</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="145"/>
        <source>Computer, internet and help</source>
        <translation>Bilgisayar, internet ve yardım</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="146"/>
        <source>Please ask at the reception.</source>
        <translation>Lütfen danışmaya sorun.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="147"/>
        <source>Workshops in the next 14 days</source>
        <translation>Önümüzdeki 14 günün atölyeleri</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="148"/>
        <source>No workshop in the next 14 days. Please ask at the reception.</source>
        <translation>Önümüzdeki 14 günde atölye yok. Lütfen danışmaya sorun.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="183"/>
        <source>A computer to use</source>
        <translation>Kullanabileceğiniz bir bilgisayar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="184"/>
        <source>Internet and wifi</source>
        <translation>İnternet ve wifi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="185"/>
        <source>Help with procedures online</source>
        <translation>İnternetteki işlemler için yardım</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="186"/>
        <source>Learn to use a computer</source>
        <translation>Bilgisayar kullanmayı öğrenin</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="187"/>
        <source>Get a computer or a phone</source>
        <translation>Bilgisayar veya telefon edinin</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="231"/>
        <source>Scan it: your phone adds it to its calendar.</source>
        <translation>Tarayın: telefonunuz onu takvimine ekler.</translation>
    </message>
</context>
<context>
    <name>DocumentScreen</name>
    <message>
        <location filename="../../ui/screens/document.py" line="64"/>
        <source>This document is no longer in the catalogue.</source>
        <translation>Bu belge artık katalogda yok.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/document.py" line="70"/>
        <source>What is it?</source>
        <translation>Bu nedir?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/document.py" line="71"/>
        <source>What does it look like?</source>
        <translation>Neye benziyor?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/document.py" line="72"/>
        <source>I don&apos;t have it: where do I get it?</source>
        <translation>Bende yok: nereden alırım?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/document.py" line="79"/>
        <source>Some of this text is not yet translated: it is shown in French.</source>
        <translation>Bu metnin bir kısmı henüz çevrilmedi: Fransızca gösteriliyor.</translation>
    </message>
</context>
<context>
    <name>EligibilityScreen</name>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="191"/>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="192"/>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="193"/>
        <source>Previous question</source>
        <translation>Önceki soru</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="194"/>
        <source>Skip the questions</source>
        <translation>Soruları geç</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="195"/>
        <source>Change my answer</source>
        <translation>Cevabımı değiştir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="199"/>
        <source>There are no questions for this procedure.</source>
        <translation>Bu işlem için soru yok.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="208"/>
        <source>Is this for me? Question %1 of %2</source>
        <translation>Bu benim için mi? Soru %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="223"/>
        <source>This procedure is probably for you.</source>
        <translation>Bu işlem muhtemelen sizin için.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="224"/>
        <source>Now gather the documents on the list.</source>
        <translation>Şimdi listedeki belgeleri toplayın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="225"/>
        <source>See the list</source>
        <translation>Listeyi gör</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="227"/>
        <source>This procedure is probably not for you.</source>
        <translation>Bu işlem muhtemelen sizin için değil.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="233"/>
        <source>See the list anyway</source>
        <translation>Yine de listeyi gör</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <location filename="../../ui/widgets/fallback_note.py" line="25"/>
        <source>Some texts are not translated yet: they are shown in French.</source>
        <translation>Bazı metinler henüz çevrilmedi: Fransızca gösteriliyor.</translation>
    </message>
</context>
<context>
    <name>Flash</name>
    <message>
        <location filename="../../ui/flash.py" line="57"/>
        <source>Information</source>
        <translation>Bilgi</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="58"/>
        <source>News this month</source>
        <translation>Bu ayın haberleri</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="59"/>
        <source>Procedures to know</source>
        <translation>Bilinmesi gereken işlemler</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="60"/>
        <source>Scan a code with your phone: you get the list of papers. No internet needed.</source>
        <translation>Telefonunuzla bir kodu okutun: belge listesini alırsınız. İnternet gerekmez.</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="61"/>
        <source>Someone can help you</source>
        <translation>Biri size yardım edebilir</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="62"/>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="63"/>
        <source>Closed this week.</source>
        <translation>Bu hafta kapalı.</translation>
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
        <translation>Birinin size ne zaman yardım edebileceğini resepsiyona sorun.</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="67"/>
        <source>Next digital workshops</source>
        <translation>Sonraki dijital atölyeler</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="68"/>
        <source>There is more on the kiosk of the Maison de quartier.</source>
        <translation>Maison de quartier&apos;deki (mahalle evi) terminalde daha fazlası var.</translation>
    </message>
</context>
<context>
    <name>GlossaryRow</name>
    <message>
        <location filename="../../ui/widgets/glossary_row.py" line="114"/>
        <source>Words explained here</source>
        <translation>Burada açıklanan kelimeler</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/glossary_row.py" line="118"/>
        <source>What does %1 mean?</source>
        <translation>%1 ne demek?</translation>
    </message>
</context>
<context>
    <name>GlossaryScreen</name>
    <message>
        <location filename="../../ui/screens/glossary.py" line="62"/>
        <source>This word is no longer in the catalogue.</source>
        <translation>Bu kelime artık katalogda yok.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/glossary.py" line="69"/>
        <source>Some of this text is not yet translated: it is shown in French.</source>
        <translation>Bu metnin bir kısmı henüz çevrilmedi: Fransızca gösteriliyor.</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <location filename="../../ui/screens/guide.py" line="192"/>
        <source>Did this help you?</source>
        <extracomment>Width of the step&apos;s QR code: scanned from arm&apos;s length by a phone, beside the step&apos;s text.</extracomment>
        <translation>Bu size yardımcı oldu mu?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="193"/>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="194"/>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="200"/>
        <source>QR code of this page, to open it on your phone</source>
        <translation>Bu sayfanın QR kodu, telefonunuzda açmak için</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="201"/>
        <source>Open this page on your phone</source>
        <translation>Bu sayfayı telefonunuzda açın</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="209"/>
        <source>This procedure has no steps to follow here. Ask at the reception or a partner nearby.</source>
        <translation>Bu işlem için burada izlenecek adım yok. Danışmaya ya da yakındaki bir kuruluşa sorun.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="221"/>
        <source>Step %1 of %2</source>
        <translation>Adım %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="226"/>
        <source>On the internet</source>
        <translation>İnternette</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="226"/>
        <source>Go to an office</source>
        <translation>Bir ofise gidin</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="227"/>
        <source>Papers</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="227"/>
        <source>By phone</source>
        <translation>Telefonla</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="236"/>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="250"/>
        <source>Previous step</source>
        <translation>Önceki adım</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="251"/>
        <source>Finished</source>
        <translation>Bitti</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="251"/>
        <source>Next step</source>
        <translation>Sonraki adım</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../ui/printing.py" line="146"/>
        <source>Documents to gather</source>
        <extracomment>Type sizes in points: nothing on the handout is smaller than 16 pt.</extracomment>
        <translation>Hazırlanacak belgeler</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="152"/>
        <source>only if it concerns you</source>
        <translation>sadece sizi ilgilendiriyorsa</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="163"/>
        <source>Steps</source>
        <translation>Adımlar</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="177"/>
        <source>Who can help you nearby</source>
        <translation>Yakınınızda size kim yardım edebilir</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="182"/>
        <source>Checked against %1 (page of %2)</source>
        <translation>%1 ile karşılaştırıldı (%2 tarihli sayfa)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="184"/>
        <source>Checked against %1</source>
        <translation>%1 ile karşılaştırıldı</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="198"/>
        <source>This list on your phone (no internet needed)</source>
        <translation>Bu liste telefonunuzda (internet gerekmez)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="199"/>
        <source>The official website</source>
        <translation>Resmî site</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="231"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <location filename="../../ui/screens/help.py" line="76"/>
        <source>Where and when can a person help me?</source>
        <translation>Bana nerede ve ne zaman biri yardım edebilir?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="82"/>
        <source>A digital mediator can sit with you and do your procedure with you, step by step.</source>
        <translation>Bir dijital destek görevlisi yanınıza oturup işleminizi sizinle birlikte adım adım yapabilir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="84"/>
        <source>You never have to give your passwords. You type them yourself.</source>
        <translation>Şifrelerinizi asla vermek zorunda değilsiniz. Onları kendiniz yazarsınız.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="86"/>
        <source>Bring your papers and your phone: many procedures send a code by text message.</source>
        <translation>Belgelerinizi ve telefonunuzu getirin: birçok işlem SMS ile kod gönderir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="88"/>
        <source>Ask at the reception: they will tell you when the mediator is here.</source>
        <translation>Danışmaya sorun: dijital destek görevlisinin ne zaman burada olduğunu size söylerler.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="89"/>
        <source>See all partners nearby</source>
        <translation>Yakındaki tüm kuruluşları gör</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="90"/>
        <source>Digital help near here: places and workshops</source>
        <translation>Yakındaki dijital yardım: yerler ve atölyeler</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="91"/>
        <source>Who can help you</source>
        <translation>Size kim yardım edebilir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="92"/>
        <source>Please ask at the reception.</source>
        <translation>Lütfen danışmaya sorun.</translation>
    </message>
</context>
<context>
    <name>HelpingScreen</name>
    <message>
        <location filename="../../ui/screens/helping.py" line="35"/>
        <source>Helping well</source>
        <translation>İyi yardım etmek</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="40"/>
        <source>The resident decides</source>
        <translation>Kararı kişi verir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="41"/>
        <source>Explain, show, and let the resident do it whenever they can. Ask before you act on their behalf, and say what you are doing at each step.</source>
        <translation>Açıklayın, gösterin ve kişi yapabildiği her durumda kendisi yapsın. Onun yerine bir şey yapmadan önce sorun ve her adımda ne yaptığınızı söyleyin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="43"/>
        <source>Never their password</source>
        <translation>Şifresine asla dokunmayın</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="44"/>
        <source>Never keep, note or type a resident&apos;s password or codes for them. They type it themselves; look away. Never use your own email address or phone number for their accounts.</source>
        <translation>Kişinin şifresini veya kodlarını asla saklamayın, not etmeyin, onun yerine yazmayın. Kendisi yazsın; siz başka yere bakın. Onun hesapları için asla kendi e-posta adresinizi veya telefon numaranızı kullanmayın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="47"/>
        <source>Acting in their name: Aidants Connect</source>
        <translation>Onun adına işlem yapmak: Aidants Connect</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="48"/>
        <source>To do a procedure in the resident&apos;s place, a professional helper needs an Aidants Connect mandate: the resident signs it with FranceConnect, it lists the procedures and lasts at most one year. Only salaried helpers of an approved structure can use it: not volunteers, civic service, family or elected members.</source>
        <translation>Bir işlemi kişinin yerine yapmak için profesyonel yardımcının bir Aidants Connect yetkisine ihtiyacı vardır: kişi bunu FranceConnect ile imzalar, yetki işlemleri listeler ve en fazla bir yıl sürer. Bunu yalnızca onaylı bir kuruluşun maaşlı çalışanları kullanabilir: gönüllüler, sivil hizmet gençleri, aile üyeleri veya seçilmiş kişiler kullanamaz.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="52"/>
        <source>Their papers stay theirs</source>
        <translation>Belgeleri ona aittir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="53"/>
        <source>Scan or photograph documents only for the procedure, send them, then delete them from the computer and its downloads. Keep no copy and no notes about the resident.</source>
        <translation>Belgeleri yalnızca işlem için tarayın veya fotoğraflayın, gönderin, sonra bilgisayardan ve indirilenler klasöründen silin. Kişiyle ilgili hiçbir kopya ve not saklamayın.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="56"/>
        <source>Close everything</source>
        <translation>Her şeyi kapatın</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="57"/>
        <source>At the end, log out of every website, close the browser and check nothing is left open or saved. The kiosk itself keeps nothing once it resets.</source>
        <translation>Sonunda her siteden çıkış yapın, tarayıcıyı kapatın ve hiçbir şeyin açık ya da kayıtlı kalmadığını kontrol edin. Kiosk sıfırlandığında kendisi hiçbir şey saklamaz.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="59"/>
        <source>A handout to take away</source>
        <translation>Yanına alacağı bir belge</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="60"/>
        <source>Give the resident the printed list or the QR code of the procedure, so they know what to gather and what comes next.</source>
        <translation>Kişiye işlemin basılı listesini veya QR kodunu verin; böylece ne hazırlaması gerektiğini ve sonra ne olacağını bilir.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="76"/>
        <source>Sources: aidantsconnect.beta.gouv.fr, read on 25 November 2026.</source>
        <translation>Kaynaklar: aidantsconnect.beta.gouv.fr, 25 Kasım 2026 tarihinde okundu.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../ui/screens/home.py" line="72"/>
        <source>Hello. What do you want to do?</source>
        <extracomment>The largest a tile&apos;s pictogram gets at 1920x1080 (smaller when the tiles have less room).</extracomment>
        <translation>Merhaba. Ne yapmak istiyorsunuz?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="76"/>
        <source>Find a procedure</source>
        <translation>İşlem ara</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="77"/>
        <source>Where to go? Partners nearby</source>
        <translation>Nereye gitmeli? Yakındaki kuruluşlar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="80"/>
        <source>This information may be out of date. Check it with the mediator.</source>
        <translation>Bu bilgiler eski olabilir. Dijital yardım görevlisiyle kontrol edin.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/window.py" line="392"/>
        <source>Too many wrong PINs. Try again in %1 seconds.</source>
        <extracomment>Mediator and admin modes fall back to the resident mode after this long without a touch. Screens reached only in the mediator or admin mode. The languages one tap away on the bar; the others behind &quot;more languages&quot;, and on the bar only while one of them is on screen (so the choice shows). Every screen, by name; each is built the first time it is needed (a faster start). Only the admin mode may close the window (quitting kiosk mode).</extracomment>
        <translation>Çok fazla yanlış PIN. %1 saniye sonra tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="395"/>
        <source>No PIN is set for this mode yet: set it with the command kiosk pin set.</source>
        <translation>Bu mod için henüz PIN belirlenmedi: kiosk pin set komutuyla belirleyin.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="398"/>
        <source>Wrong PIN.</source>
        <translation>Yanlış PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="410"/>
        <source>Mediator mode</source>
        <translation>Destek görevlisi modu</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="411"/>
        <source>Admin mode</source>
        <translation>Yönetici modu</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="412"/>
        <source>Helping well</source>
        <translation>İyi yardım etmek</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="413"/>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="414"/>
        <source>Leave</source>
        <translation>Çık</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="494"/>
        <location filename="../../ui/window.py" line="495"/>
        <source>Home</source>
        <translation>Ana sayfa</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="496"/>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="497"/>
        <source>Need help?</source>
        <translation>Yardım ister misiniz?</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="507"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="509"/>
        <location filename="../../ui/window.py" line="510"/>
        <source>More languages</source>
        <translation>Başka diller</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="518"/>
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="518"/>
        <source>Listen</source>
        <translation>Dinle</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <location filename="../../ui/widgets/language_panel.py" line="104"/>
        <source>Choose your language</source>
        <translation>Dilinizi seçin</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/language_panel.py" line="107"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>PartnerCard</name>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="110"/>
        <source>We are still checking these details. Please ask at the reception.</source>
        <extracomment>Room each side of a text: Qt draws some mixed Arabic and Latin lines a few pixels wider than it measured them, and the overhang would be cut off at the label&apos;s edge. RIGHT-TO-LEFT MARK: makes a paragraph right-to-left even when it starts with a Latin word.</extracomment>
        <translation>Bu bilgileri hâlâ kontrol ediyoruz. Lütfen danışmaya sorun.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="143"/>
        <source>Opening hours not known</source>
        <translation>Çalışma saatleri bilinmiyor</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="150"/>
        <source>Today: {hours}</source>
        <translation>Bugün: {hours}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="159"/>
        <source>We do not know if it is open now</source>
        <translation>Şu anda açık mı bilmiyoruz</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="162"/>
        <source>Open now</source>
        <translation>Şu anda açık</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="164"/>
        <source>Open now — closes at {time}</source>
        <translation>Şu anda açık — kapanış: saat {time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="165"/>
        <source>Open now — closes tomorrow at {time}</source>
        <translation>Şu anda açık — kapanış: yarın saat {time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="166"/>
        <source>Open now — closes {day} at {time}</source>
        <translation>Şu anda açık — kapanış: {day} saat {time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="167"/>
        <source>Open now — closes on {date} at {time}</source>
        <translation>Şu anda açık — kapanış: {date} saat {time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="171"/>
        <source>Closed now</source>
        <translation>Şu anda kapalı</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="173"/>
        <source>Closed now — opens at {time}</source>
        <translation>Şu anda kapalı — açılış: saat {time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="174"/>
        <source>Closed now — opens tomorrow at {time}</source>
        <translation>Şu anda kapalı — açılış: yarın saat {time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="175"/>
        <source>Closed now — opens {day} at {time}</source>
        <translation>Şu anda kapalı — açılış: {day} saat {time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="176"/>
        <source>Closed now — opens on {date} at {time}</source>
        <translation>Şu anda kapalı — açılış: {date} saat {time}</translation>
    </message>
</context>
<context>
    <name>PartnersScreen</name>
    <message>
        <location filename="../../ui/screens/partners.py" line="152"/>
        <source>Who can help you nearby</source>
        <extracomment>Partner cards side by side at 1920 px: about 70 characters a line, easy to read. Theme buttons in one row at most. The narrowest a theme button gets at 1920x1080: fewer per row on a narrower screen. The opening-hours lines are computed again this often while the screen is shown. In the order the buttons appear. The data·inclusion codes are &quot;prefix--detail&quot;; both the current list and the older one (difficultes-*) are grouped here.</extracomment>
        <translation>Yakınınızda size kim yardım edebilir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="168"/>
        <source>Some texts are not translated yet: they are shown in French.</source>
        <translation>Bazı metinler henüz çevrilmedi: Fransızca gösteriliyor.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="170"/>
        <source>No partners are listed yet. Please ask at the reception.</source>
        <translation>Henüz listelenmiş kuruluş yok. Lütfen danışmaya sorun.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="225"/>
        <source>All</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="226"/>
        <source>Papers and rights</source>
        <translation>Belgeler ve haklar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="227"/>
        <source>Computer and internet</source>
        <translation>Bilgisayar ve internet</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="228"/>
        <source>Money</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="229"/>
        <source>Housing</source>
        <translation>Konut</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="230"/>
        <source>Family</source>
        <translation>Aile</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="231"/>
        <source>Health</source>
        <translation>Sağlık</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="232"/>
        <source>Work and training</source>
        <translation>İş ve eğitim</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="233"/>
        <source>Reading and French</source>
        <translation>Okuma ve Fransızca</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="234"/>
        <source>Getting around</source>
        <translation>Ulaşım</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="235"/>
        <source>Food and clothes</source>
        <translation>Yiyecek ve giyim</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="236"/>
        <source>Meeting people</source>
        <translation>İnsanlarla tanışma</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="237"/>
        <source>Other help</source>
        <translation>Diğer yardımlar</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="112"/>
        <source>Mediator</source>
        <translation>Destek görevlisi</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="112"/>
        <source>Administration</source>
        <translation>Yönetim</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="113"/>
        <source>Erase</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="113"/>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="114"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <location filename="../../ui/print_panel.py" line="216"/>
        <source>Printing…</source>
        <translation>Yazdırılıyor…</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="218"/>
        <source>%1 prints already: that is the most for one visit</source>
        <translation>Zaten %1 çıktı alındı: bir ziyaret için en fazla bu kadar</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="220"/>
        <source>Print this list</source>
        <translation>Bu listeyi yazdır</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="227"/>
        <source>The printer is not available. The QR code still works, and a mediator can help.</source>
        <translation>Yazıcı kullanılamıyor. QR kod yine çalışır, bir destek görevlisi size yardım edebilir.</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="228"/>
        <source>The printer cannot print right now. The QR code still works, and a mediator can help.</source>
        <translation>Yazıcı şu anda yazdıramıyor. QR kod yine çalışır, bir destek görevlisi size yardım edebilir.</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="230"/>
        <source>Sent to the printer. Please wait.</source>
        <translation>Yazıcıya gönderildi. Lütfen bekleyin.</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="231"/>
        <source>Printed. Take your paper from the printer.</source>
        <translation>Yazdırıldı. Kâğıdınızı yazıcıdan alın.</translation>
    </message>
</context>
<context>
    <name>ProcedureScreen</name>
    <message>
        <location filename="../../ui/screens/procedure.py" line="238"/>
        <source>This procedure is no longer in the catalogue.</source>
        <extracomment>The side column&apos;s width at 1920x1080 (scaled with the screen). How, how much and how long, as shown (read aloud after the documents). Ticked documents per procedure, for this resident&apos;s session only. No person has checked this translation yet (kiosk.reviews): said in the screen&apos;s language.</extracomment>
        <translation>Bu işlem artık katalogda yok.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="249"/>
        <source>Some of this text is not yet translated: it is shown in French.</source>
        <translation>Bu metnin bir kısmı henüz çevrilmedi: Fransızca gösteriliyor.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="251"/>
        <source>Translated by machine: ask the mediator if something is unclear.</source>
        <translation>Makine ile çevrildi: anlamadığınız bir şey olursa destek görevlisine sorun.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="254"/>
        <source>Who is it for?</source>
        <translation>Kimler için?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="267"/>
        <source>Is this for me?</source>
        <translation>Bu benim için mi?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="269"/>
        <source>Step by step</source>
        <translation>Adım adım</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="271"/>
        <source>Take this list with me</source>
        <translation>Bu listeyi yanıma al</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="273"/>
        <source>Checked against %1 (page of %2)</source>
        <translation>%1 ile karşılaştırıldı (%2 tarihli sayfa)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="274"/>
        <source>Checked against %1</source>
        <translation>%1 ile karşılaştırıldı</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="281"/>
        <source>Online</source>
        <translation>İnternetten</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="281"/>
        <source>At an office</source>
        <translation>Ofiste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="282"/>
        <source>Online or at an office</source>
        <translation>İnternetten veya ofiste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="299"/>
        <source>Documents to gather</source>
        <translation>Hazırlanacak belgeler</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="300"/>
        <source>Tick what you have. Tap the i button to see what a document is.</source>
        <translation>Elinizde olanları işaretleyin. Bir belgenin ne olduğunu görmek için i düğmesine dokunun.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="302"/>
        <source>No document is needed to start.</source>
        <translation>Başlamak için belge gerekmez.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="308"/>
        <source>What is this document?</source>
        <translation>Bu belge nedir?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="315"/>
        <source>Who can help nearby</source>
        <translation>Yakında kim yardım edebilir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="329"/>
        <source>Still to be checked:</source>
        <translation>Henüz kontrol edilecekler:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="331"/>
        <source>For the mediator</source>
        <translation>Destek görevlisi için</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../ui/screens/search.py" line="97"/>
        <source>Find a procedure</source>
        <extracomment>Words residents often say at the desk: one tap fills the search. The room a suggested word&apos;s button gets at 1920x1080: fewer per row on a narrow screen. What the results shown were found for; whether Enter waits for the next results.</extracomment>
        <translation>İşlem ara</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="106"/>
        <source>Type a word, for example: health, CAF, passport</source>
        <translation>Bir kelime yazın, örneğin: sağlık, CAF, pasaport</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="107"/>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="108"/>
        <source>Or tap a word:</source>
        <translation>Ya da bir kelimeye dokunun:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="109"/>
        <source>Clear</source>
        <translation>Temizle</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="172"/>
        <source>Nothing found. Try another word, or go back to the home screen.</source>
        <translation>Hiçbir şey bulunamadı. Başka bir kelime deneyin ya da ana ekrana dönün.</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="46"/>
        <source>Are you still there?</source>
        <translation>Hâlâ burada mısınız?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="47"/>
        <source>Everything will be cleared in %1 seconds.</source>
        <translation>Her şey %1 saniye içinde silinecek.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="48"/>
        <source>Yes, I am here</source>
        <translation>Evet, buradayım</translation>
    </message>
</context>
<context>
    <name>TakeawayScreen</name>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="127"/>
        <source>Take it with me</source>
        <extracomment>Width of each QR code&apos;s column; the codes grow with the height left to them (about 550 px at 1920x1080), enough for 4 screen pixels a module on the densest checklist.</extracomment>
        <translation>Yanınıza alın</translation>
    </message>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="241"/>
        <source>Your checklist on your phone (no internet needed)</source>
        <translation>Listeniz telefonunuzda (internet gerekmez)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="242"/>
        <source>QR code of your checklist</source>
        <translation>Listenizin QR kodu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="243"/>
        <source>The official website</source>
        <translation>Resmî site</translation>
    </message>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="244"/>
        <source>QR code of the official website</source>
        <translation>Resmî sitenin QR kodu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="249"/>
        <source>This procedure is no longer in the catalogue.</source>
        <translation>Bu işlem artık katalogda yok.</translation>
    </message>
</context>
</TS>
