"""The "is this for me?" questions of ten procedures (issue 16, item 3), written into data/catalogue.json.

Changes only the procedures named here (their "eligibility", and a source or a to_check line
where one is added); keeps the file's formatting (json.dumps indent=1, ensure_ascii=False).
"""
import json
import sys
from pathlib import Path

def q(question, relevant_if, otherwise, partner=None):
    item = {"question": question, "relevant_if": relevant_if, "otherwise": otherwise}
    if partner:
        item["partner"] = partner
    return item

T = lambda fr, en, ar, tr, uk: {"fr": fr, "en": en, "ar": ar, "tr": tr, "uk": uk}

AGE_25 = T("Avez-vous 25 ans ou plus ?", "Are you 25 or older?", "هل عمرك 25 سنة أو أكثر؟",
           "25 yaşında veya daha büyük müsünüz?", "Вам 25 років або більше?")
STABLE = T("Vivez-vous en France de façon stable ?", "Do you live in France on a stable basis?",
           "هل تسكن في فرنسا بصفة مستقرة؟", "Fransa'da sürekli olarak yaşıyor musunuz?",
           "Ви постійно живете у Франції?")

QUESTIONS = {
    "rsa": [
        q(AGE_25, "yes", T(
            "Vous avez moins de 25 ans : le RSA n'est en général pas pour vous. Il reste possible si vous avez ou attendez un enfant. Il est aussi possible après 2 ans de travail à temps plein. Le centre Jean Vilar peut vous conseiller.",
            "You are under 25: the RSA is usually not for you. It is still possible if you have or are expecting a child. It is also possible after 2 years of full-time work. The Jean Vilar centre can advise you.",
            "عمرك أقل من 25 سنة: الـRSA في العادة ليس لك. يبقى ممكنًا إذا كان لديك طفل أو تنتظر طفلًا. وهو ممكن أيضًا بعد سنتين من العمل بدوام كامل. يمكن لمركز Jean Vilar أن ينصحك.",
            "25 yaşından küçüksünüz: RSA genellikle size göre değildir. Çocuğunuz varsa veya bekliyorsanız yine de mümkündür. 2 yıl tam zamanlı çalıştıktan sonra da mümkündür. Jean Vilar merkezi size yol gösterebilir.",
            "Вам менше 25 років: RSA зазвичай не для вас. Це все ж можливо, якщо у вас є дитина або ви її чекаєте. Це також можливо після 2 років роботи на повний день. Центр Jean Vilar може вам порадити."),
          "maison-quartier-roseraie"),
        q(STABLE, "yes", T(
            "Le RSA est pour les personnes qui vivent en France de façon stable. Le CCAS peut vous dire quelles aides sont possibles pour vous.",
            "The RSA is for people who live in France on a stable basis. The CCAS can tell you which help is possible for you.",
            "الـRSA للأشخاص الذين يسكنون في فرنسا بصفة مستقرة. يمكن لـCCAS أن يخبرك بالمساعدات الممكنة لك.",
            "RSA, Fransa'da sürekli yaşayan kişiler içindir. CCAS size hangi yardımların mümkün olduğunu söyleyebilir.",
            "RSA — для людей, які постійно живуть у Франції. CCAS може сказати, яка допомога можлива для вас."),
          "ccas-angers"),
    ],
    "prime-activite": [
        q(T("Avez-vous 18 ans ou plus ?", "Are you 18 or older?", "هل عمرك 18 سنة أو أكثر؟",
            "18 yaşında veya daha büyük müsünüz?", "Вам 18 років або більше?"), "yes", T(
            "Avant 18 ans, la prime d'activité n'est pas pour vous. Le centre Jean Vilar peut vous dire quelles aides existent pour les jeunes.",
            "Under 18, the prime d'activité is not for you. The Jean Vilar centre can tell you what help exists for young people.",
            "قبل 18 سنة، منحة النشاط (prime d'activité) ليست لك. يمكن لمركز Jean Vilar أن يخبرك بالمساعدات الموجودة للشباب.",
            "18 yaşından önce prime d'activité (çalışma primi) size göre değildir. Jean Vilar merkezi gençler için hangi yardımların olduğunu söyleyebilir.",
            "До 18 років prime d'activité (допомога працюючим) не для вас. Центр Jean Vilar може сказати, яка допомога є для молоді."),
          "maison-quartier-roseraie"),
        q(T("Travaillez-vous, comme salarié ou à votre compte ?", "Do you work, as an employee or self-employed?",
            "هل تعمل، كأجير أو لحسابك الخاص؟", "Maaşlı olarak veya kendi hesabınıza çalışıyor musunuz?",
            "Ви працюєте найманим працівником або на себе?"), "yes", T(
            "La prime d'activité est pour les personnes qui travaillent. Sans travail, le RSA est peut-être possible. France Travail peut vous aider à chercher un emploi.",
            "The prime d'activité is for people who work. Without work, the RSA may be possible. France Travail can help you look for a job.",
            "منحة النشاط للأشخاص الذين يعملون. بدون عمل، قد يكون الـRSA ممكنًا. يمكن لـFrance Travail أن يساعدك في البحث عن عمل.",
            "Prime d'activité çalışan kişiler içindir. İşiniz yoksa RSA mümkün olabilir. France Travail iş aramanıza yardım edebilir.",
            "Prime d'activité — для людей, які працюють. Без роботи, можливо, підійде RSA. France Travail може допомогти знайти роботу."),
          "france-travail-angers"),
        q(STABLE, "yes", T(
            "La prime d'activité est pour les personnes qui vivent en France de façon stable. Le CCAS peut vous dire quelles aides sont possibles pour vous.",
            "The prime d'activité is for people who live in France on a stable basis. The CCAS can tell you which help is possible for you.",
            "منحة النشاط للأشخاص الذين يسكنون في فرنسا بصفة مستقرة. يمكن لـCCAS أن يخبرك بالمساعدات الممكنة لك.",
            "Prime d'activité, Fransa'da sürekli yaşayan kişiler içindir. CCAS size hangi yardımların mümkün olduğunu söyleyebilir.",
            "Prime d'activité — для людей, які постійно живуть у Франції. CCAS може сказати, яка допомога можлива для вас."),
          "ccas-angers"),
    ],
    "complementaire-sante-solidaire": [
        q(T("Avez-vous l'Assurance maladie (la Sécurité sociale) ?",
            "Are you covered by the Assurance maladie (French public health insurance)?",
            "هل أنت مسجل في التأمين الصحي Assurance maladie (الضمان الاجتماعي)؟",
            "Assurance maladie'ye (Sosyal Güvenlik) kayıtlı mısınız?",
            "Чи маєте ви Assurance maladie (французьке державне медичне страхування)?"), "yes", T(
            "Il faut d'abord avoir l'Assurance maladie. Vous pouvez la demander à la CPAM après 3 mois de vie stable en France.",
            "You first need the Assurance maladie. You can ask the CPAM for it after 3 months of stable life in France.",
            "يجب أولًا أن تكون مسجلًا في التأمين الصحي Assurance maladie. يمكنك طلبه من CPAM بعد 3 أشهر من السكن المستقر في فرنسا.",
            "Önce Assurance maladie'ye kayıtlı olmanız gerekir. Fransa'da 3 ay sürekli yaşadıktan sonra CPAM'dan isteyebilirsiniz.",
            "Спочатку потрібно мати Assurance maladie. Ви можете попросити її в CPAM після 3 місяців постійного життя у Франції."),
          "cpam-maine-et-loire"),
        q(T("Pour une personne seule, le plafond est de 1 163 € par mois (2025-2026). Gagnez-vous moins ?",
            "For a person living alone, the ceiling is €1,163 a month (2025-2026). Do you earn less?",
            "للشخص الذي يعيش وحده، السقف هو 1163 يورو في الشهر (2025-2026). هل دخلك أقل؟",
            "Yalnız yaşayan biri için tavan ayda 1.163 €'dur (2025-2026). Daha az mı kazanıyorsunuz?",
            "Для людини, яка живе сама, межа — 1 163 € на місяць (2025-2026). Ви отримуєте менше?"), "yes", T(
            "Au-dessus de ce plafond, la C2S n'est en général pas pour vous. Pour une famille, le plafond est plus haut. Faites la simulation sur ameli.fr.",
            "Above this ceiling, the C2S is usually not for you. For a family, the ceiling is higher. Use the simulator on ameli.fr.",
            "فوق هذا السقف، الـC2S في العادة ليست لك. بالنسبة للأسرة، السقف أعلى. قم بالمحاكاة على ameli.fr.",
            "Bu tavanın üstünde C2S genellikle size göre değildir. Bir aile için tavan daha yüksektir. ameli.fr'deki simülatörü kullanın.",
            "Понад цю межу C2S зазвичай не для вас. Для родини межа вища. Зробіть розрахунок на ameli.fr.")),
    ],
    "aide-logement-caf": [
        q(T("Payez-vous un loyer ou un prêt pour votre logement ?", "Do you pay rent or a loan for your home?",
            "هل تدفع إيجارًا أو قرضًا لمسكنك؟", "Eviniz için kira veya kredi ödüyor musunuz?",
            "Ви платите оренду або кредит за своє житло?"), "yes", T(
            "Les aides au logement aident à payer un loyer ou un prêt. Si vous êtes logé gratuitement, elles ne sont pas pour vous. Le CCAS peut vous conseiller.",
            "Housing benefits help to pay rent or a loan. If you are housed for free, they are not for you. The CCAS can advise you.",
            "مساعدات السكن تساعد على دفع الإيجار أو القرض. إذا كنت تسكن مجانًا، فهي ليست لك. يمكن لـCCAS أن ينصحك.",
            "Konut yardımları kira veya kredi ödemeye yardım eder. Ücretsiz kalıyorsanız size göre değildir. CCAS size yol gösterebilir.",
            "Допомога на житло допомагає платити оренду або кредит. Якщо ви живете безкоштовно, вона не для вас. CCAS може вам порадити."),
          "ccas-angers"),
        q(T("Vivez-vous dans ce logement au moins 8 mois par an ?", "Do you live in this home at least 8 months a year?",
            "هل تسكن في هذا المسكن 8 أشهر على الأقل في السنة؟", "Bu evde yılda en az 8 ay yaşıyor musunuz?",
            "Ви живете в цьому житлі щонайменше 8 місяців на рік?"), "yes", T(
            "L'aide est seulement pour votre logement principal : vous y vivez au moins 8 mois par an. La CAF peut vous répondre.",
            "The benefit is only for your main home: you live there at least 8 months a year. The CAF can answer you.",
            "المساعدة فقط لمسكنك الرئيسي: تسكن فيه 8 أشهر على الأقل في السنة. يمكن لـCAF أن تجيبك.",
            "Yardım yalnızca ana eviniz içindir: orada yılda en az 8 ay yaşarsınız. CAF sorularınızı yanıtlayabilir.",
            "Допомога лише для вашого основного житла: ви живете там щонайменше 8 місяців на рік. CAF може вам відповісти."),
          "caf-maine-et-loire"),
        q(T("Le propriétaire est-il votre parent, grand-parent, enfant ou petit-enfant ?",
            "Is the owner your parent, grandparent, child or grandchild?",
            "هل المالك أحد والديك أو أجدادك أو أبنائك أو أحفادك؟",
            "Ev sahibi anneniz, babanız, büyükanne veya büyükbabanız, çocuğunuz ya da torununuz mu?",
            "Власник житла — ваш батько чи мати, дідусь чи бабуся, дитина чи онук?"), "no", T(
            "Le propriétaire est de votre famille proche ? Alors la CAF ne verse pas d'aide au logement.",
            "Is the owner close family? Then the CAF pays no housing benefit.",
            "هل المالك من عائلتك القريبة؟ في هذه الحالة لا تدفع CAF مساعدة السكن.",
            "Ev sahibi yakın aileniz mi? O zaman CAF konut yardımı ödemez.",
            "Власник — ваша близька родина? Тоді CAF не виплачує допомогу на житло.")),
    ],
    "cheque-energie": [
        q(T("Avez-vous déclaré vos revenus aux impôts cette année ?", "Did you declare your income to the tax office this year?",
            "هل صرّحت بدخلك لمصلحة الضرائب هذه السنة؟", "Bu yıl gelirinizi vergi dairesine beyan ettiniz mi?",
            "Ви задекларували свої доходи в податковій цього року?"), "yes", T(
            "Le chèque énergie est pour les foyers qui ont déclaré leurs revenus. Déclarez-les, même si vous gagnez peu ou rien. Le centre des Finances publiques peut vous aider.",
            "The chèque énergie is for households that declared their income. Declare it, even if you earn little or nothing. The public finance centre can help you.",
            "شيك الطاقة (chèque énergie) للأسر التي صرّحت بدخلها. صرّح به، حتى لو كان دخلك قليلًا أو منعدمًا. يمكن لمركز المالية العامة أن يساعدك.",
            "Chèque énergie (enerji çeki) gelirini beyan eden haneler içindir. Az kazansanız veya hiç kazanmasanız da beyan edin. Vergi dairesi size yardım edebilir.",
            "Chèque énergie (енергетичний чек) — для домогосподарств, які задекларували доходи. Декларуйте їх, навіть якщо заробляєте мало або нічого. Центр державних фінансів може допомогти."),
          "finances-publiques-angers"),
    ],
    "bourse-college": [
        q(T("Avez-vous un enfant au collège, public ou privé sous contrat ?",
            "Do you have a child at collège (secondary school), public or private under contract?",
            "هل لديك طفل في الإعدادية (collège)، عمومية أو خاصة متعاقدة مع الدولة؟",
            "Devlet okulunda veya sözleşmeli özel okulda ortaokula (collège) giden bir çocuğunuz var mı?",
            "Чи є у вас дитина в колежі (collège), державному або приватному за договором з державою?"), "yes", T(
            "La bourse de collège est pour les enfants inscrits au collège. Au lycée, il existe une autre bourse. Demandez au secrétariat de l'établissement.",
            "The collège grant is for children enrolled at collège. At lycée, there is another grant. Ask the school office.",
            "منحة الإعدادية للأطفال المسجلين في الإعدادية. في الثانوية (lycée) توجد منحة أخرى. اسأل أمانة المؤسسة.",
            "Ortaokul bursu ortaokula kayıtlı çocuklar içindir. Lisede (lycée) başka bir burs vardır. Okulun sekreterliğine sorun.",
            "Стипендія колежу — для дітей, записаних у колеж. У ліцеї (lycée) є інша стипендія. Запитайте в секретаріаті закладу.")),
        q(T("Est-ce vous qui payez sa nourriture, son logement et ses habits ?",
            "Are you the one who pays for the child's food, home and clothes?",
            "هل أنت من يدفع طعامه وسكنه وملابسه؟",
            "Çocuğun yemeğini, barınmasını ve kıyafetlerini siz mi ödüyorsunuz?",
            "Це ви платите за харчування, житло та одяг дитини?"), "yes", T(
            "La bourse est demandée par la personne qui a l'enfant à sa charge. Le centre Jean Vilar peut vous aider à voir qui doit la demander.",
            "The grant is asked for by the person who supports the child. The Jean Vilar centre can help you see who should ask for it.",
            "يطلب المنحةَ الشخصُ الذي يتكفل بالطفل. يمكن لمركز Jean Vilar أن يساعدك لمعرفة من يجب أن يطلبها.",
            "Bursu, çocuğa bakan kişi ister. Jean Vilar merkezi bursu kimin istemesi gerektiğini anlamanıza yardım edebilir.",
            "Стипендію просить людина, яка утримує дитину. Центр Jean Vilar може допомогти зрозуміти, хто має її просити."),
          "maison-quartier-roseraie"),
    ],
    "aide-juridictionnelle": [
        q(T("Avez-vous une affaire en justice, ou allez-vous en avoir une ?",
            "Do you have a court case, or will you have one?",
            "هل لديك قضية أمام القضاء، أو ستكون لديك قضية؟",
            "Mahkemede bir davanız var mı veya olacak mı?",
            "Чи маєте ви судову справу або матимете її?"), "yes", T(
            "L'aide juridictionnelle paie des frais de justice. Pour un simple conseil sur vos droits, le point-justice vous reçoit gratuitement.",
            "Legal aid pays court costs. For simple advice on your rights, the point-justice sees you for free.",
            "المساعدة القضائية تدفع مصاريف القضاء. للحصول على نصيحة بسيطة حول حقوقك، يستقبلك point-justice مجانًا.",
            "Adli yardım mahkeme masraflarını öder. Haklarınız hakkında basit bir tavsiye için point-justice sizi ücretsiz kabul eder.",
            "Правова допомога оплачує судові витрати. Для простої поради щодо ваших прав point-justice приймає безкоштовно."),
          "point-justice-angers"),
        q(T("Avez-vous une assurance qui paie déjà l'avocat (protection juridique) ?",
            "Do you have insurance that already pays for a lawyer (legal protection)?",
            "هل لديك تأمين يدفع أتعاب المحامي (حماية قانونية)؟",
            "Avukat ücretini zaten ödeyen bir sigortanız (hukuki koruma) var mı?",
            "Чи маєте ви страховку, яка вже оплачує адвоката (юридичний захист)?"), "no", T(
            "Votre assurance paie d'abord. Demandez-lui ce qu'elle prend en charge. Si elle ne paie pas tout, l'aide juridictionnelle reste possible.",
            "Your insurance pays first. Ask it what it covers. If it does not pay everything, legal aid is still possible.",
            "تأمينك يدفع أولًا. اسأله عما يتكفل به. إذا لم يدفع كل شيء، تبقى المساعدة القضائية ممكنة.",
            "Önce sigortanız öder. Neleri karşıladığını sorun. Hepsini ödemiyorsa adli yardım yine mümkündür.",
            "Спочатку платить ваша страховка. Запитайте, що вона покриває. Якщо вона платить не все, правова допомога все ще можлива.")),
    ],
    "demande-logement-social": [
        q(T("Êtes-vous Français, Européen, ou avez-vous un titre de séjour valable ?",
            "Are you French, European, or do you have a valid residence permit?",
            "هل أنت فرنسي أو أوروبي، أو لديك تصريح إقامة ساري المفعول؟",
            "Fransız veya Avrupalı mısınız, ya da geçerli bir oturma izniniz var mı?",
            "Ви громадянин Франції чи ЄС, або маєте дійсну посвідку на проживання?"), "yes", T(
            "Pour un logement social, il faut être en séjour régulier en France. Le CCAS peut vous dire vers qui aller.",
            "For social housing, you must be legally resident in France. The CCAS can tell you where to go.",
            "للحصول على سكن اجتماعي، يجب أن تكون إقامتك في فرنسا قانونية. يمكن لـCCAS أن يخبرك إلى أين تذهب.",
            "Sosyal konut için Fransa'da yasal olarak kalıyor olmanız gerekir. CCAS size nereye gideceğinizi söyleyebilir.",
            "Для соціального житла треба законно перебувати у Франції. CCAS може сказати, куди звернутися."),
          "ccas-angers"),
    ],
    "apa": [
        q(T("Avez-vous 60 ans ou plus ?", "Are you 60 or older?", "هل عمرك 60 سنة أو أكثر؟",
            "60 yaşında veya daha büyük müsünüz?", "Вам 60 років або більше?"), "yes", T(
            "L'APA est pour les personnes de 60 ans ou plus. Avant 60 ans, pour un handicap, le Département peut vous aider.",
            "The APA is for people aged 60 or over. Under 60, for a disability, the Département can help you.",
            "الـAPA للأشخاص البالغين 60 سنة أو أكثر. قبل 60 سنة، في حالة الإعاقة، يمكن للإدارة الإقليمية (Département) أن تساعدك.",
            "APA 60 yaş ve üstü kişiler içindir. 60 yaşından önce, engellilik için Département size yardım edebilir.",
            "APA — для людей від 60 років. До 60 років, у разі інвалідності, вам може допомогти департамент (Département)."),
          "departement-maine-et-loire"),
        q(T("Avez-vous besoin d'aide pour vous laver, vous habiller ou vous lever ?",
            "Do you need help to wash, dress or get up?",
            "هل تحتاج إلى مساعدة للاغتسال أو اللباس أو النهوض؟",
            "Yıkanmak, giyinmek veya kalkmak için yardıma ihtiyacınız var mı?",
            "Вам потрібна допомога, щоб помитися, одягнутися або встати?"), "yes", T(
            "L'APA est pour les personnes qui ont besoin d'aide chaque jour. Cap Seniors et Aidants peut vous parler d'autres aides.",
            "The APA is for people who need help every day. Cap Seniors et Aidants can tell you about other help.",
            "الـAPA للأشخاص الذين يحتاجون إلى مساعدة كل يوم. يمكن لـCap Seniors et Aidants أن يحدثك عن مساعدات أخرى.",
            "APA her gün yardıma ihtiyacı olan kişiler içindir. Cap Seniors et Aidants size başka yardımları anlatabilir.",
            "APA — для людей, яким потрібна допомога щодня. Cap Seniors et Aidants може розповісти про іншу допомогу."),
          "clic-angers"),
    ],
    "surendettement": [
        q(T("Vos dettes sont-elles celles de votre vie privée, pas d'une entreprise ?",
            "Are your debts from your private life, not from a business?",
            "هل ديونك من حياتك الخاصة، وليست ديون مؤسسة أو شركة؟",
            "Borçlarınız bir işletmenin değil, özel hayatınızın borçları mı?",
            "Ваші борги — це борги приватного життя, а не підприємства?"), "yes", T(
            "Le dossier de surendettement est pour les dettes de la vie privée. Pour les dettes d'une entreprise, il existe d'autres démarches. Le point-justice peut vous orienter.",
            "The over-indebtedness file is for debts from private life. For business debts, there are other procedures. The point-justice can guide you.",
            "ملف الإفراط في المديونية لديون الحياة الخاصة. لديون المؤسسة، توجد إجراءات أخرى. يمكن لـpoint-justice أن يوجهك.",
            "Aşırı borçluluk dosyası özel hayat borçları içindir. İşletme borçları için başka işlemler vardır. Point-justice size yol gösterebilir.",
            "Справа про надмірну заборгованість — для боргів приватного життя. Для боргів підприємства є інші процедури. Point-justice може вас скерувати."),
          "point-justice-angers"),
        q(T("Vivez-vous en France ?", "Do you live in France?", "هل تسكن في فرنسا؟",
            "Fransa'da mı yaşıyorsunuz?", "Ви живете у Франції?"), "yes", T(
            "La Banque de France aide les personnes qui vivent en France. Si vous vivez ailleurs, demandez conseil au point-justice.",
            "The Banque de France helps people who live in France. If you live elsewhere, ask the point-justice for advice.",
            "يساعد بنك فرنسا (Banque de France) الأشخاص الذين يسكنون في فرنسا. إذا كنت تسكن في مكان آخر، اطلب النصيحة من point-justice.",
            "Banque de France, Fransa'da yaşayan kişilere yardım eder. Başka bir yerde yaşıyorsanız point-justice'ten tavsiye isteyin.",
            "Banque de France допомагає людям, які живуть у Франції. Якщо ви живете деінде, зверніться по пораду до point-justice."),
          "point-justice-angers"),
    ],
}

# The pages the questions were checked against, added to each procedure's sources when missing.
SOURCES = {
    "complementaire-sante-solidaire": [
        {"url": "https://efl.fr/chiffres-taux/complementaire-sante-solidaire-conditions-ressources_CT_7129ce118f6c6dd185e1e33e846b593435cbcf61",
         "title": "Complémentaire santé solidaire : conditions de ressources (Éditions Francis Lefebvre : plafonds du 1er avril 2025 au 1er avril 2026, 13 957 € par an pour une personne avec participation)",
         "checked_on": "2026-12-03"},
    ],
    "aide-logement-caf": [
        {"url": "https://communaute.inclusion.gouv.fr/forum/aides-personnelles-au-logement-apl-alf-als-conditions-montants-d%C3%A9marches-r%C3%A9gime-g%C3%A9n%C3%A9ral-254",
         "title": "Aides personnelles au logement (APL, ALF, ALS) : conditions (communauté de l'inclusion, gouv.fr : 8 mois par an, pas de lien de parenté avec le propriétaire)",
         "checked_on": "2026-12-03"},
    ],
    "cheque-energie": [
        {"url": "https://senat.fr/rap/l24-144-311-1/l24-144-311-121.html",
         "title": "Sénat, rapport sur le projet de loi de finances pour 2025, article 60 : réforme du chèque énergie (envoyé aux ménages à jour de leurs obligations fiscales)",
         "checked_on": "2026-12-03"},
    ],
    "bourse-college": [
        {"url": "https://www.service-public.fr/particuliers/vosdroits/F984",
         "title": "Fiche service-public.fr F984 : Bourse des collèges (copie lue sur stalbansurlimagnole.fr : enfant inscrit au collège, charge effective et permanente)",
         "checked_on": "2026-12-03", "fiche_id": "F984", "modified_on": "2022-10-11"},
    ],
    "aide-juridictionnelle": [
        {"url": "https://www.editions-tissot.fr/guide/definition/aide-juridictionnelle",
         "title": "Aide juridictionnelle : définition (Éditions Tissot : pas d'assurance protection juridique couvrant les frais)",
         "checked_on": "2026-12-03"},
    ],
}

TO_CHECK = {
    "complementaire-sante-solidaire": "Question « est-ce pour moi ? » sur les revenus : le plafond de 1 163 € par mois (13 957 € par an, personne seule, avec participation) est celui du 1er avril 2025 au 1er avril 2026 ; mettre le plafond revalorisé au 1er avril 2026 quand une page officielle le donne.",
}


def main(path: Path) -> None:
    catalogue = json.loads(path.read_text(encoding="utf-8"))
    found = set()
    for procedure in catalogue["procedures"]:
        slug = procedure["slug"]
        if slug not in QUESTIONS:
            continue
        found.add(slug)
        procedure["eligibility"] = QUESTIONS[slug]
        known = {source["url"] for source in procedure["sources"]}
        for source in SOURCES.get(slug, []):
            if source["url"] not in known and len(procedure["sources"]) < 20:
                procedure["sources"].append(source)
        if slug in TO_CHECK and TO_CHECK[slug] not in procedure.get("to_check", []):
            procedure.setdefault("to_check", []).append(TO_CHECK[slug])
    missing = set(QUESTIONS) - found
    if missing:
        sys.exit(f"not in the catalogue: {', '.join(sorted(missing))}")
    path.write_text(json.dumps(catalogue, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "data/catalogue.json"))
