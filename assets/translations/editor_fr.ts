<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnnouncementForm</name>
    <message>
        <location filename="../../ui/editor/forms.py" line="239"/>
        <source>Announcement</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <location filename="../../ui/editor/forms.py" line="240"/>
        <source>A short notice on the kiosk&apos;s home screen, shown from the first to the last day.</source>
        <translation>Un court message sur l&apos;écran d&apos;accueil de la borne, affiché du premier au dernier jour.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/forms.py" line="241"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../ui/editor/forms.py" line="242"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../../ui/editor/forms.py" line="243"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location filename="../../ui/editor/forms.py" line="246"/>
        <source>Neighbourhoods</source>
        <translation>Quartiers</translation>
    </message>
    <message>
        <location filename="../../ui/editor/forms.py" line="271"/>
        <source>The last day is before the first.</source>
        <translation>Le dernier jour est avant le premier.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/forms.py" line="273"/>
        <source>Expired: kiosks no longer show it.</source>
        <translation>Expirée : les bornes ne l&apos;affichent plus.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/forms.py" line="275"/>
        <source>Not shown yet: kiosks show it from the first day.</source>
        <translation>Pas encore affichée : les bornes l&apos;afficheront à partir du premier jour.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/forms.py" line="277"/>
        <source>Shown on kiosks now.</source>
        <translation>Affichée sur les bornes en ce moment.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../../kiosk/bundle.py" line="37"/>
        <source>{where} holds the invisible character {character}, which can reverse text on screen, in the QR code and on paper; the kiosk places its own direction marks. Remove it.</source>
        <extracomment>The translation context of the refusals below (the editor shows them in French: kiosk.messages). How long a published catalogue stays current (its expires_at), in days: by default, at most.</extracomment>
        <translation>{where} contient le caractère invisible {character}, qui peut inverser le texte à l&apos;écran, dans le QR code et sur papier ; la borne place elle-même ses marques de sens d&apos;écriture. Supprimez-le.</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="40"/>
        <source>{where} holds the control character {character}, which screens and printers cannot show. Remove it.</source>
        <translation>{where} contient le caractère de contrôle {character}, que les écrans et les imprimantes ne savent pas afficher. Supprimez-le.</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="43"/>
        <source>{where} holds half of a character ({character}, a lone surrogate), which no text can hold. Write the whole character.</source>
        <translation>{where} contient une moitié de caractère ({character}, un « surrogate » isolé), qu&apos;aucun texte ne peut contenir. Écrivez le caractère entier.</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="75"/>
        <source>The catalogue holds the number {number}: no field of a catalogue needs a number of more than {digits} digits, nor one that is not finite.</source>
        <translation>Le catalogue contient le nombre {number} : aucun champ d&apos;un catalogue n&apos;a besoin d&apos;un nombre de plus de {digits} chiffres, ni d&apos;un nombre infini.</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="80"/>
        <source>The catalogue is not UTF-8 text ({reason}).</source>
        <translation>Le catalogue n&apos;est pas un texte UTF-8 ({reason}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="83"/>
        <source>The catalogue is not valid JSON (line {line}, column {column}: {reason}).</source>
        <translation>Le catalogue n&apos;est pas du JSON valide (ligne {line}, colonne {column} : {reason}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="87"/>
        <source>The catalogue is nested too deeply to be a catalogue.</source>
        <translation>Le catalogue est trop imbriqué pour être un catalogue.</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="90"/>
        <source>The file is not a kiosk catalogue (its &quot;format&quot; is not &quot;kiosk-catalogue&quot;).</source>
        <translation>Ce fichier n&apos;est pas un catalogue de borne (son « format » n&apos;est pas « kiosk-catalogue »).</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="93"/>
        <source>The catalogue has format version {found}; this kiosk reads version {version}. Update the kiosk software.</source>
        <translation>Le catalogue est au format version {found} ; ce logiciel lit la version {version}. Mettez le logiciel à jour.</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="101"/>
        <source>the top level</source>
        <translation>la racine</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="102"/>
        <source>The catalogue does not follow its schema at {where}: {detail}.</source>
        <translation>Le catalogue ne respecte pas son format à {where} : {detail}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="141"/>
        <source>The web address at {where} is {size} bytes long: too long for a QR code, which holds at most {limit}. Use a shorter address.</source>
        <translation>L&apos;adresse web en {where} fait {size} octets : trop long pour un QR code, qui en contient au plus {limit}. Utilisez une adresse plus courte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="153"/>
        <source>sites</source>
        <translation>quartiers</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="154"/>
        <source>categories</source>
        <translation>catégories</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="155"/>
        <source>documents</source>
        <translation>pièces justificatives</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="156"/>
        <source>partners</source>
        <translation>partenaires</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="157"/>
        <source>procedures</source>
        <translation>démarches</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="158"/>
        <source>announcements</source>
        <translation>annonces</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="159"/>
        <source>glossary entries</source>
        <translation>entrées du glossaire</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="160"/>
        <source>terms</source>
        <translation>termes</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="161"/>
        <source>{where} refers to the site {slug}, which is not in the catalogue.</source>
        <translation>{where} cite le quartier {slug}, qui n&apos;est pas dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="162"/>
        <source>{where} refers to the category {slug}, which is not in the catalogue.</source>
        <translation>{where} cite la catégorie {slug}, qui n&apos;est pas dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="163"/>
        <source>{where} refers to the document {slug}, which is not in the catalogue.</source>
        <translation>{where} cite la pièce justificative {slug}, qui n&apos;est pas dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="164"/>
        <source>{where} refers to the partner {slug}, which is not in the catalogue.</source>
        <translation>{where} cite le partenaire {slug}, qui n&apos;est pas dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="165"/>
        <source>The partner {slug}</source>
        <translation>Le partenaire {slug}</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="166"/>
        <source>The announcement {slug}</source>
        <translation>L&apos;annonce {slug}</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="172"/>
        <source>The catalogue has two {kind} with the slug {slug}.</source>
        <translation>Le catalogue a deux {kind} avec l&apos;identifiant {slug}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="179"/>
        <source>The catalogue does not offer French, which every kiosk needs.</source>
        <translation>Le catalogue ne propose pas le français, dont toute borne a besoin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="182"/>
        <source>The catalogue lists a language twice.</source>
        <translation>Le catalogue cite deux fois la même langue.</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="189"/>
        <source>The procedure {slug}</source>
        <translation>La démarche {slug}</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="203"/>
        <source>{where} has question {number} in the language {code}, which the catalogue does not offer.</source>
        <translation>{where} a une question {number} dans la langue {code}, que le catalogue ne propose pas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/bundle.py" line="208"/>
        <source>The glossary entry {slug}</source>
        <translation>L&apos;entrée du glossaire {slug}</translation>
    </message>
    <message>
        <location filename="../../kiosk/reviews.py" line="188"/>
        <source>The reviews name the language {lang}, which the catalogue does not translate into.</source>
        <extracomment>The &quot;is this for me?&quot; question and its advice (the schema&apos;s question_text and advice_text).</extracomment>
        <translation>Les relectures nomment la langue {lang}, dans laquelle le catalogue ne traduit pas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/reviews.py" line="193"/>
        <source>The reviews in {lang} name the text {key}, which is not in the catalogue.</source>
        <translation>Les relectures en {lang} nomment le texte {key}, qui n’est pas dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../../kiosk/reviews.py" line="197"/>
        <source>The reviews in {lang} name the text {key}, which has no translation in {lang}.</source>
        <translation>Les relectures en {lang} nomment le texte {key}, qui n’a pas de traduction en {lang}.</translation>
    </message>
</context>
<context>
    <name>CategoryForm</name>
    <message>
        <location filename="../../ui/editor/forms.py" line="288"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/forms.py" line="288"/>
        <source>A tile of the kiosk&apos;s home screen.</source>
        <translation>Une vignette de l&apos;écran d&apos;accueil de la borne.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/forms.py" line="289"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/editor/forms.py" line="290"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/editor/forms.py" line="291"/>
        <source>Pictogram</source>
        <translation>Pictogramme</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <location filename="../../ui/editor/forms.py" line="311"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/editor/forms.py" line="312"/>
        <source>Residents tap a document to learn what it is, what it looks like and where to get it.</source>
        <translation>Les habitants touchent un document pour savoir ce que c&apos;est, à quoi il ressemble et où l&apos;obtenir.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/forms.py" line="313"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/editor/forms.py" line="314"/>
        <source>What it is</source>
        <translation>Ce que c&apos;est</translation>
    </message>
    <message>
        <location filename="../../ui/editor/forms.py" line="315"/>
        <source>What it looks like</source>
        <translation>À quoi il ressemble</translation>
    </message>
    <message>
        <location filename="../../ui/editor/forms.py" line="317"/>
        <source>Where to get it</source>
        <translation>Où l&apos;obtenir</translation>
    </message>
    <message>
        <location filename="../../ui/editor/forms.py" line="318"/>
        <source>Pictogram</source>
        <translation>Pictogramme</translation>
    </message>
    <message>
        <location filename="../../ui/editor/forms.py" line="319"/>
        <source>Checked against</source>
        <translation>Vérifié d&apos;après</translation>
    </message>
    <message>
        <location filename="../../ui/editor/forms.py" line="320"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../ui/editor/forms.py" line="321"/>
        <source>Still to check</source>
        <translation>Reste à vérifier</translation>
    </message>
</context>
<context>
    <name>DocumentsEditor</name>
    <message>
        <location filename="../../ui/editor/steps.py" line="280"/>
        <source>Add a document</source>
        <translation>Ajouter un document</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps.py" line="283"/>
        <source>Only in some situations (the note says which)</source>
        <translation>Seulement dans certains cas (la note précise lesquels)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps.py" line="284"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps.py" line="285"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps.py" line="309"/>
        <source>(sometimes)</source>
        <translation>(selon les cas)</translation>
    </message>
</context>
<context>
    <name>EditorForm</name>
    <message>
        <location filename="../../ui/editor/forms.py" line="86"/>
        <source>New</source>
        <translation>Nouvel élément</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../../ui/editor/window.py" line="87"/>
        <source>Procedures</source>
        <extracomment>How long after the last keystroke the item being edited is checked again.</extracomment>
        <translation>Démarches</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="87"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="88"/>
        <source>Announcements</source>
        <translation>Annonces</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="88"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="89"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="90"/>
        <source>New procedure</source>
        <translation>Nouvelle démarche</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="90"/>
        <source>New partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="91"/>
        <source>New announcement</source>
        <translation>Nouvelle annonce</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="91"/>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="92"/>
        <source>New document</source>
        <translation>Nouveau document</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="98"/>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="106"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="107"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="129"/>
        <source>Choose an item on the left, or make a new one.</source>
        <translation>Choisissez un élément à gauche, ou créez-en un nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="156"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="164"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="165"/>
        <source>Undo my changes</source>
        <translation>Annuler mes modifications</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="166"/>
        <location filename="../../ui/editor/window.py" line="422"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="167"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="168"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="169"/>
        <source>All changes</source>
        <translation>Toutes les modifications</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="170"/>
        <source>Import a catalogue…</source>
        <translation>Importer un catalogue…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="171"/>
        <source>Translations to review…</source>
        <translation>Traductions à relire…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="172"/>
        <source>Publish…</source>
        <translation>Publier…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="173"/>
        <source>Info flash…</source>
        <translation>Flash info…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="175"/>
        <source>The language to translate into; French stays on the left.</source>
        <translation>La langue de la traduction ; le français reste à gauche.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="176"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="184"/>
        <source>Translate into</source>
        <translation>Traduire en</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="223"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="224"/>
        <source>“%1” has changes that are not saved yet.</source>
        <translation>« %1 » a des modifications qui ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="227"/>
        <source>Save them, throw them away, or go back to editing?</source>
        <translation>Les enregistrer, les abandonner, ou revenir à la saisie ?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="228"/>
        <source>Throw them away</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="238"/>
        <location filename="../../ui/editor/window.py" line="763"/>
        <source>kiosk editor</source>
        <translation>Éditeur des bornes</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="343"/>
        <source>Nothing to save: no change.</source>
        <translation>Rien à enregistrer : aucune modification.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="346"/>
        <source>Saved “%1”.</source>
        <translation>Enregistrement effectué : « %1 ».</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="373"/>
        <source>Marked as read: the procedure follows the new official fiche.</source>
        <translation>Marquée comme relue : la démarche suit la nouvelle fiche officielle.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="401"/>
        <source>The new values are saved (the history can take them back).</source>
        <translation>Les nouvelles valeurs sont enregistrées (l&apos;historique peut revenir en arrière).</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="402"/>
        <source>Your values are kept.</source>
        <translation>Vos valeurs sont gardées.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="422"/>
        <source>Delete “%1”? The history keeps it, so it can be brought back.</source>
        <translation>Supprimer « %1 » ? L&apos;historique en garde une trace : vous pourrez revenir en arrière.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="435"/>
        <source>Deleted “%1”.</source>
        <translation>Suppression effectuée : « %1 ».</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="445"/>
        <source>The preview cannot be shown: %1</source>
        <translation>L&apos;aperçu ne peut pas être affiché : %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="463"/>
        <source>every change</source>
        <translation>toutes les modifications</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="502"/>
        <source>Taken back to the earlier version.</source>
        <translation>Version précédente rétablie.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="509"/>
        <source>Import a published catalogue</source>
        <translation>Importer un catalogue publié</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="510"/>
        <source>Catalogue (catalogue.json *.json);;All files (*)</source>
        <translation>Catalogue (catalogue.json *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="513"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="514"/>
        <source>Replace everything in the editor with the catalogue in %1? The editor database is replaced; its history stays.</source>
        <translation>Remplacer tout le contenu de l&apos;éditeur par le catalogue de %1 ? La base de données de l&apos;éditeur est remplacée ; son historique est conservé.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="527"/>
        <source>Imported version %1: %2 procedures.</source>
        <translation>Version %1 importée : %2 démarches.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="594"/>
        <source>(French only)</source>
        <translation>(français seulement)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="618"/>
        <source>Only those to read again (%1)</source>
        <translation>Seulement celles à relire (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="629"/>
        <source>(draft)</source>
        <translation>(brouillon)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="631"/>
        <source>(to read again)</source>
        <translation>(à relire)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="637"/>
        <source>%1: its official fiche changed since its text was written</source>
        <translation>%1 : sa fiche officielle a changé depuis l&apos;écriture de son texte</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="639"/>
        <source>%1: a partners file gives other values, to accept or not</source>
        <translation>%1 : un fichier de partenaires donne d&apos;autres valeurs, à accepter ou non</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="654"/>
        <source>Editing in French. To translate, choose a language above.</source>
        <translation>Saisie en français. Pour traduire, choisissez une langue ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="656"/>
        <source>Translating into %1: French on the left (read-only), %1 on the right.</source>
        <translation>Traduction vers %1 : le français à gauche (lecture seule), %1 à droite.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="108"/>
        <source>Earlier in the list, as residents see it on the kiosk</source>
        <translation>Plus haut dans la liste, telle que les habitants la voient sur la borne</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="100"/>
        <source>Procedures whose official fiche changed, partners for which a partners file gives other values</source>
        <translation>Démarches dont la fiche officielle a changé, partenaires pour lesquels un fichier de partenaires donne d&apos;autres valeurs</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="109"/>
        <source>Later in the list, as residents see it on the kiosk</source>
        <translation>Plus bas dans la liste, telle que les habitants la voient sur la borne</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="105"/>
        <source>step {number}</source>
        <extracomment>Which check found it, for counting by kind (``kiosk check``): &quot;placeholder&quot;, &quot;long-word&quot;... The translation context of field names (``field_label``).</extracomment>
        <translation>étape {number}</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="106"/>
        <source>document {number}</source>
        <translation>document {number}</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="107"/>
        <source>link {number}</source>
        <translation>lien {number}</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="108"/>
        <source>source {number}</source>
        <translation>source {number}</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="109"/>
        <source>question {number}</source>
        <translation>question {number}</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="119"/>
        <source>title</source>
        <extracomment>Texts of each kind a resident reads (helper notes are for mediators, in French).</extracomment>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="120"/>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="121"/>
        <source>who it is for</source>
        <translation>public concerné</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="122"/>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="123"/>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="124"/>
        <source>helper notes</source>
        <translation>notes pour le médiateur</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="125"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="126"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="127"/>
        <source>what it is</source>
        <translation>ce que c&apos;est</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="128"/>
        <source>what it looks like</source>
        <translation>à quoi il ressemble</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="129"/>
        <source>where to get it</source>
        <translation>où l&apos;obtenir</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="130"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="131"/>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="132"/>
        <source>postcode</source>
        <translation>code postal</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="133"/>
        <source>town</source>
        <translation>commune</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="134"/>
        <source>street address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="135"/>
        <source>address complement</source>
        <translation>complément d&apos;adresse</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="136"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="137"/>
        <source>e-mail</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="138"/>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="139"/>
        <source>opening hours</source>
        <translation>horaires d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="140"/>
        <source>opening hours as published</source>
        <translation>horaires tels que publiés</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="141"/>
        <source>themes</source>
        <translation>thèmes</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="142"/>
        <source>neighbourhoods</source>
        <translation>quartiers</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="143"/>
        <source>first day</source>
        <translation>premier jour</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="144"/>
        <source>last day</source>
        <translation>dernier jour</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="145"/>
        <source>online service</source>
        <translation>service en ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="146"/>
        <source>still to check</source>
        <translation>reste à vérifier</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="147"/>
        <source>shown on kiosks</source>
        <translation>visible sur les bornes</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="148"/>
        <source>on the info flash</source>
        <translation>sur le flash info</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="149"/>
        <source>online or at an office</source>
        <translation>en ligne ou au guichet</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="150"/>
        <source>day read</source>
        <translation>date de consultation</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="151"/>
        <source>page date</source>
        <translation>date de la page</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="153"/>
        <source>slug</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="154"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="155"/>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="156"/>
        <source>pictogram</source>
        <translation>pictogramme</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="157"/>
        <source>keywords</source>
        <translation>mots-clés</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="158"/>
        <source>steps</source>
        <translation>étapes</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="159"/>
        <source>documents</source>
        <translation>pièces justificatives</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="160"/>
        <source>partners</source>
        <translation>partenaires</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="161"/>
        <source>links</source>
        <translation>liens</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="162"/>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="163"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="164"/>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="165"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="166"/>
        <source>url</source>
        <translation>adresse web</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="167"/>
        <source>optional</source>
        <translation>selon les cas</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="168"/>
        <source>&quot;is this for me?&quot; questions</source>
        <translation>questions « est-ce pour moi ? »</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="169"/>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="170"/>
        <source>answer for which it is for them</source>
        <translation>réponse pour laquelle c&apos;est pour eux</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="171"/>
        <source>advice otherwise</source>
        <translation>conseil sinon</translation>
    </message>
</context>
<context>
    <name>FlashDialog</name>
    <message>
        <location filename="../../ui/editor/flash_dialog.py" line="38"/>
        <source>Info flash</source>
        <translation>Flash info</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flash_dialog.py" line="49"/>
        <source>Save the PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flash_dialog.py" line="51"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flash_dialog.py" line="54"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flash_dialog.py" line="61"/>
        <source>One A4 sheet to pin up or hand out: this month&apos;s news, the procedures ticked “On the A4 info flash” with their QR codes, the help hours and the next workshops. It shows the catalogue as saved.</source>
        <translation>Une feuille A4 à afficher ou à distribuer : les nouvelles du mois, les démarches cochées « Sur le flash info A4 » avec leurs codes QR, les horaires d&apos;aide et les prochains ateliers. Elle montre le catalogue tel qu&apos;il est enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flash_dialog.py" line="75"/>
        <source>Save the info flash</source>
        <translation>Enregistrer le flash info</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flash_dialog.py" line="76"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flash_dialog.py" line="100"/>
        <source>Making the flash…</source>
        <translation>Préparation du flash…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flash_dialog.py" line="108"/>
        <source>The info flash is saved in %1.</source>
        <translation>Le flash info est enregistré dans %1.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/flash_dialog.py" line="114"/>
        <source>The info flash could not be saved (%1). Choose another folder.</source>
        <translation>Le flash info n&apos;a pas pu être enregistré (%1). Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/editor/history.py" line="24"/>
        <source>(it did not exist)</source>
        <translation>(n&apos;existait pas)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/history.py" line="61"/>
        <source>History: %1</source>
        <translation>Historique : %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/history.py" line="64"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/editor/history.py" line="64"/>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/editor/history.py" line="64"/>
        <source>Fields changed</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <location filename="../../ui/editor/history.py" line="72"/>
        <source>Go back to the version before this change</source>
        <translation>Revenir à la version d&apos;avant cette modification</translation>
    </message>
    <message>
        <location filename="../../ui/editor/history.py" line="73"/>
        <source>The item becomes what it was just before this save. This is recorded as a new save, so it can be undone too.</source>
        <translation>L&apos;élément redevient ce qu&apos;il était juste avant cet enregistrement. Ce retour est enregistré comme une nouvelle modification : il peut donc être annulé lui aussi.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/history.py" line="75"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/history.py" line="78"/>
        <source>Before this save</source>
        <translation>Avant cet enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/editor/history.py" line="78"/>
        <source>After it</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../ui/editor/history.py" line="106"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../../ui/editor/history.py" line="106"/>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../ui/editor/history.py" line="107"/>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location filename="../../ui/editor/history.py" line="107"/>
        <source>Taken back</source>
        <translation>Retour en arrière</translation>
    </message>
</context>
<context>
    <name>LinksEditor</name>
    <message>
        <location filename="../../ui/editor/steps.py" line="341"/>
        <source>Add a link</source>
        <translation>Ajouter un lien</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps.py" line="345"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps.py" line="346"/>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../ui/editor/steps.py" line="44"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps.py" line="45"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps.py" line="46"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps.py" line="47"/>
        <source>Move the chosen entry up (or drag it)</source>
        <translation>Monter l&apos;élément choisi (ou faites-le glisser)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps.py" line="48"/>
        <source>Move the chosen entry down (or drag it)</source>
        <translation>Descendre l&apos;élément choisi (ou faites-le glisser)</translation>
    </message>
</context>
<context>
    <name>OfficialVersionsDialog</name>
    <message>
        <location filename="../../ui/editor/review.py" line="79"/>
        <source>Official fiche %1: what changed</source>
        <translation>Fiche officielle %1 : ce qui a changé</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review.py" line="84"/>
        <source>(The text was written before the kiosk followed this fiche.)</source>
        <translation>(Le texte a été écrit avant que la borne suive cette fiche.)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review.py" line="87"/>
        <source>The version the text is based on</source>
        <translation>La version sur laquelle le texte s&apos;appuie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review.py" line="88"/>
        <source>The new version</source>
        <translation>La nouvelle version</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review.py" line="96"/>
        <source>What the kiosk takes from the fiche on service-public.fr. Changed: %1.</source>
        <translation>Ce que la borne reprend de la fiche de service-public.fr. A changé : %1.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review.py" line="104"/>
        <source>Title: %1</source>
        <translation>Titre : %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review.py" line="105"/>
        <source>Summary:</source>
        <translation>Résumé :</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review.py" line="105"/>
        <source>Online services:</source>
        <translation>Services en ligne :</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review.py" line="109"/>
        <source>Documents:</source>
        <translation>Pièces justificatives :</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review.py" line="110"/>
        <source>Where to go:</source>
        <translation>Où s&apos;adresser :</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review.py" line="112"/>
        <source>Official date of change: %1</source>
        <translation>Date officielle de modification : %1</translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="23"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="24"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="25"/>
        <source>What they do</source>
        <translation>Ce qu&apos;il propose</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="27"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="28"/>
        <source>themes, separated by commas</source>
        <translation>thèmes, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="29"/>
        <source>Neighbourhoods</source>
        <translation>Quartiers</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="31"/>
        <source>Address and contact</source>
        <translation>Adresse et contact</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="32"/>
        <source>Street address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="34"/>
        <source>Address complement</source>
        <translation>Complément d&apos;adresse</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="41"/>
        <source>Postcode and town</source>
        <translation>Code postal et commune</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="43"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="45"/>
        <source>E-mail</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="46"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="49"/>
        <source>Opening hours</source>
        <translation>Horaires d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="50"/>
        <source>Written as OpenStreetMap does, e.g. Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00; PH off. Check the reading below: it is what kiosks will understand.</source>
        <translation>Écrits comme dans OpenStreetMap, par exemple Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00; PH off. Vérifiez la lecture ci-dessous : c&apos;est ce que les bornes comprendront.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="52"/>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="56"/>
        <source>Read as</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="57"/>
        <source>As published</source>
        <translation>Tels que publiés</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="58"/>
        <source>the hours as the partner writes them, shown when the line above cannot be read</source>
        <translation>les horaires tels que le partenaire les écrit, affichés quand la ligne du dessus ne peut pas être lue</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="60"/>
        <source>Checked against</source>
        <translation>Vérifié d&apos;après</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="61"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="62"/>
        <source>Still to check</source>
        <translation>Reste à vérifier</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="66"/>
        <source>A postcode is five digits, such as 49000.</source>
        <translation>Un code postal a cinq chiffres, par exemple 49000.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="67"/>
        <source>Ten digits such as 02 41 05 46 00, or a short number such as 3230.</source>
        <translation>Dix chiffres, par exemple 02 41 05 46 00, ou un numéro court comme le 3230.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="69"/>
        <source>An e-mail address such as accueil@example.fr.</source>
        <translation>Une adresse e-mail, par exemple accueil@example.fr.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="70"/>
        <source>A web address starts with https:// and has no spaces.</source>
        <translation>Une adresse web commence par https:// et ne contient aucun espace.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="122"/>
        <source>No opening hours: kiosks say they are not known.</source>
        <translation>Pas d&apos;horaires : les bornes indiquent qu&apos;ils ne sont pas connus.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="124"/>
        <source>These hours cannot be read. Kiosks cannot say &quot;open now&quot;; they show the text as published instead.</source>
        <translation>Ces horaires ne peuvent pas être lus. Les bornes ne pourront pas indiquer « ouvert maintenant » ; elles afficheront le texte tel que publié.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="128"/>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="128"/>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="128"/>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="128"/>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="129"/>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="129"/>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="129"/>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="134"/>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="138"/>
        <source>Open now.</source>
        <translation>Ouvert en ce moment.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/partner_form.py" line="138"/>
        <source>Closed now.</source>
        <translation>Fermé en ce moment.</translation>
    </message>
</context>
<context>
    <name>PartnerReviewPanel</name>
    <message>
        <location filename="../../ui/editor/review.py" line="131"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review.py" line="131"/>
        <source>Description (French)</source>
        <translation>Description (français)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review.py" line="131"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review.py" line="132"/>
        <source>Address, continued</source>
        <translation>Complément d&apos;adresse</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review.py" line="132"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review.py" line="133"/>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review.py" line="133"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review.py" line="133"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review.py" line="134"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review.py" line="134"/>
        <source>Opening hours</source>
        <translation>Horaires d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review.py" line="134"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review.py" line="137"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review.py" line="137"/>
        <source>Yours, shown now</source>
        <translation>Les vôtres, affichées maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review.py" line="138"/>
        <source>In the partners file</source>
        <translation>Dans le fichier de partenaires</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review.py" line="144"/>
        <source>Take the new values</source>
        <translation>Prendre les nouvelles valeurs</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review.py" line="145"/>
        <source>Keep mine</source>
        <translation>Garder les miennes</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review.py" line="166"/>
        <source>Since %1, the partners file (%2) gives other values than yours. Nothing was changed: take them, or keep yours.</source>
        <translation>Depuis le %1, le fichier de partenaires (%2) donne d&apos;autres valeurs que les vôtres. Rien n&apos;a été changé : prenez-les, ou gardez les vôtres.</translation>
    </message>
</context>
<context>
    <name>PartnersList</name>
    <message>
        <location filename="../../ui/editor/steps.py" line="383"/>
        <source>Add a partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps.py" line="385"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/editor/preview.py" line="44"/>
        <source>Preview: %1</source>
        <extracomment>The kiosk&apos;s screen below its language bar.</extracomment>
        <translation>Aperçu : %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/preview.py" line="44"/>
        <source>new procedure</source>
        <translation>nouvelle démarche</translation>
    </message>
    <message>
        <location filename="../../ui/editor/preview.py" line="53"/>
        <source>As a mediator sees it (helper notes)</source>
        <translation>Comme le voit le médiateur (avec ses notes)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/preview.py" line="54"/>
        <source>Back to the procedure</source>
        <translation>Retour à la démarche</translation>
    </message>
    <message>
        <location filename="../../ui/editor/preview.py" line="55"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/preview.py" line="56"/>
        <source>Unsaved changes are shown too. Nothing is saved by previewing.</source>
        <translation>Les modifications non enregistrées sont aussi montrées. L&apos;aperçu n&apos;enregistre rien.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/preview.py" line="59"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="200"/>
        <source>this procedure</source>
        <extracomment>The translation context of problems.</extracomment>
        <translation>Cette démarche</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="201"/>
        <source>this partner</source>
        <translation>Ce partenaire</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="202"/>
        <source>this announcement</source>
        <translation>Cette annonce</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="203"/>
        <source>this category</source>
        <translation>Cette catégorie</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="204"/>
        <source>this document</source>
        <translation>Ce document</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="208"/>
        <source>{name}: the {field} holds the invisible character {character}, which can reverse text on screen, in the QR code and on paper; the kiosk places its own direction marks. Remove it.</source>
        <translation>{name} : « {field} » contient le caractère invisible {character}, qui peut inverser le texte à l&apos;écran, dans le QR code et sur papier ; la borne place elle-même ses marques de sens d&apos;écriture. Supprimez-le.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="211"/>
        <source>{name}: the {field} holds the control character {character}, which screens and printers cannot show. Remove it.</source>
        <translation>{name} : « {field} » contient le caractère de contrôle {character}, que les écrans et les imprimantes ne savent pas afficher. Supprimez-le.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="214"/>
        <source>{name}: the {field} holds half of a character ({character}), which no text can hold. Write the whole character.</source>
        <translation>{name} : « {field} » contient une moitié de caractère ({character}), qu&apos;aucun texte ne peut contenir. Écrivez le caractère entier.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="258"/>
        <source>{name}: the {field} is empty in French.</source>
        <translation>{name} : « {field} » est vide en français.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="261"/>
        <source>{name}: the {field} has no French text (French is always needed).</source>
        <translation>{name} : « {field} » n&apos;a pas de texte en français (le français est toujours nécessaire).</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="268"/>
        <source>{name}: give the address of the {field} (https://…).</source>
        <translation>{name} : indiquez l&apos;adresse web de « {field} » (https://…).</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="272"/>
        <source>{name}: {value} in {field} is not a web address; it should start with https:// and have no spaces.</source>
        <translation>{name} : {value} dans « {field} » n&apos;est pas une adresse web ; elle doit commencer par https:// et ne contenir aucun espace.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="279"/>
        <source>{name}: say where the facts come from: add the official page it was checked against and the day you read it.</source>
        <translation>{name} : indiquez d&apos;où viennent les informations : ajoutez la page officielle consultée et la date à laquelle vous l&apos;avez lue.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="285"/>
        <source>{name}: give the day source {number} was read (YYYY-MM-DD).</source>
        <translation>{name} : indiquez la date de consultation de la source {number} (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="298"/>
        <source>{name}: not translated into {language}: {fields} and {more} more. Residents will read French there.</source>
        <translation>{name} : traduction « {language} » manquante pour : {fields} et {more} autres. Les habitants y liront le texte en français.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="303"/>
        <source>{name}: not translated into {language}: {fields}. Residents will read French there.</source>
        <translation>{name} : traduction « {language} » manquante pour : {fields}. Les habitants y liront le texte en français.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="319"/>
        <source>{name}: the web address in {field} is {size} bytes long, too long for a QR code (at most {limit}). Use a shorter address.</source>
        <translation>{name} : l&apos;adresse web de « {field} » fait {size} octets, trop long pour un QR code (au plus {limit}). Utilisez une adresse plus courte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="337"/>
        <source>{name}: {field} does not follow the catalogue format ({detail}).</source>
        <translation>{name} : « {field} » ne respecte pas le format du catalogue ({detail}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="341"/>
        <source>{name}: the whole item does not follow the catalogue format ({detail}).</source>
        <translation>{name} : l&apos;élément ne respecte pas le format du catalogue ({detail}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="358"/>
        <source>{name}: choose the category residents find it in.</source>
        <translation>{name} : choisissez la catégorie dans laquelle les habitants la trouveront.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="366"/>
        <source>{name}: there are no steps, so residents get no step-by-step guide.</source>
        <translation>{name} : aucune étape ; les habitants n&apos;auront pas de guide pas à pas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="371"/>
        <source>{name}: step {number} has no text; write it or remove the step.</source>
        <translation>{name} : l&apos;étape {number} n&apos;a pas de texte ; rédigez-la ou supprimez l&apos;étape.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="398"/>
        <source>A partner has no name.</source>
        <translation>Un partenaire n&apos;a pas de nom.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="402"/>
        <source>{name}: the postcode {value} should be five digits, such as 49000.</source>
        <translation>{name} : le code postal {value} doit comporter cinq chiffres, par exemple 49000.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="405"/>
        <source>{name}: the address has no postcode; add it so residents can find the place.</source>
        <translation>{name} : l&apos;adresse n&apos;a pas de code postal ; ajoutez-le pour que les habitants trouvent le lieu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="408"/>
        <source>{name}: the address has no town; add it so residents can find the place.</source>
        <translation>{name} : l&apos;adresse n&apos;a pas de commune ; ajoutez-la pour que les habitants trouvent le lieu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="411"/>
        <source>{name}: write the street address on one line; use the address complement for the rest.</source>
        <translation>{name} : écrivez l&apos;adresse sur une seule ligne ; mettez le reste dans le complément d&apos;adresse.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="416"/>
        <source>{name}: {value} is not a phone number; write ten digits such as 02 41 05 46 00 (or a short number such as 3230).</source>
        <translation>{name} : {value} n&apos;est pas un numéro de téléphone ; écrivez dix chiffres, par exemple 02 41 05 46 00 (ou un numéro court comme le 3230).</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="421"/>
        <source>{name}: {value} is not an e-mail address.</source>
        <translation>{name} : {value} n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="427"/>
        <source>{name}: the opening hours {value} cannot be read as opening hours, so kiosks cannot say &quot;open now&quot; and show the published text instead.</source>
        <translation>{name} : les horaires {value} ne peuvent pas être lus comme des horaires d&apos;ouverture ; les bornes ne pourront pas indiquer « ouvert maintenant » et afficheront le texte publié à la place.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="431"/>
        <source>{name}: the opening hours {value} cannot be read as opening hours, so kiosks cannot say &quot;open now&quot; and show these words as written instead.</source>
        <translation>{name} : les horaires {value} ne peuvent pas être lus comme des horaires d&apos;ouverture ; les bornes ne pourront pas indiquer « ouvert maintenant » et afficheront ces mots tels qu&apos;ils sont écrits.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="444"/>
        <source>{name}: give the first day the announcement is shown.</source>
        <translation>{name} : indiquez le premier jour d&apos;affichage de l&apos;annonce.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="447"/>
        <source>{name}: give the last day the announcement is shown.</source>
        <translation>{name} : indiquez le dernier jour d&apos;affichage de l&apos;annonce.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="450"/>
        <source>{name}: the last day ({last}) is before the first ({first}).</source>
        <translation>{name} : le dernier jour ({last}) est avant le premier ({first}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="454"/>
        <source>{name}: expired on {last}; kiosks no longer show it. Change its dates or delete it.</source>
        <translation>{name} : expirée le {last} ; les bornes ne l&apos;affichent plus. Changez ses dates ou supprimez-la.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="478"/>
        <source>{name}: choose a pictogram.</source>
        <translation>{name} : choisissez un pictogramme.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/checks.py" line="480"/>
        <source>{name}: there is no pictogram called {value}; kiosks show an empty space.</source>
        <translation>{name} : aucun pictogramme ne s&apos;appelle {value} ; les bornes afficheront un espace vide.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/content.py" line="101"/>
        <source>{name}: the {field} holds {placeholder}, a note that is not for residents. Write the real information or leave it out; a note for the team goes in &quot;still to check&quot;.</source>
        <extracomment>report(severity, field_path, template, lang, check, **fields) A main source whose page is older than this many months is to review. Plain-string fields residents read (a partner&apos;s name and address are shown as written). Texts with a value per language that residents read (helper notes and to_check are not theirs). What every placeholder holds (lower case): texts with none of these are not searched further.</extracomment>
        <translation>{name} : « {field} » contient {placeholder}, une note qui n&apos;est pas pour les habitants. Écrivez la vraie information ou retirez-la ; une note pour l&apos;équipe va dans « reste à vérifier ».</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/content.py" line="142"/>
        <source>{name}: the {field} speaks of {date}, already past. Check that the text is still true, and say it without the date if it is.</source>
        <translation>{name} : « {field} » parle du {date}, date déjà passée. Vérifiez que le texte est encore vrai et, s&apos;il l&apos;est, dites-le sans la date.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/content.py" line="158"/>
        <source>{name}: the {field} has a sentence of {count} words (&quot;{start}…&quot;). Residents read sentences of {most} words or fewer more easily: one idea a sentence.</source>
        <translation>{name} : « {field} » a une phrase de {count} mots (« {start}… »). Les habitants lisent plus facilement des phrases de {most} mots ou moins : une idée par phrase.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/content.py" line="173"/>
        <source>{name}: in the {field}, {word} is {count} characters without a space; screens must break it in the middle. Shorten it (a web address can go in the links).</source>
        <translation>{name} : dans « {field} », {word} fait {count} caractères sans espace ; les écrans doivent le couper au milieu. Raccourcissez-le (une adresse web peut aller dans les liens).</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/content.py" line="215"/>
        <source>{name}: its main source, {site}, is not an official site. Put an official page first in its sources ({official}…).</source>
        <extracomment>Checks of each text residents read: check(report, field_path, lang, text, today). Issue 14 item 3 (an acronym without a glossary entry) adds its check here.</extracomment>
        <translation>{name} : sa source principale, {site}, n&apos;est pas un site officiel. Mettez une page officielle en premier dans ses sources ({official}…).</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/content.py" line="223"/>
        <source>{name}: its main source has no page date, so residents are not told how recent the official page is. Give the page&apos;s date (&quot;Vérifié le…&quot; on service-public.fr).</source>
        <translation>{name} : sa source principale n&apos;a pas de date de page, donc les habitants ne savent pas de quand date la page officielle. Indiquez la date de la page (« Vérifié le… » sur service-public.fr).</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/content.py" line="228"/>
        <source>{name}: to review: its main source is a page of {date}, more than {months} months old. Check the text against today&apos;s page, then give the page&apos;s new date.</source>
        <translation>{name} : à relire : sa source principale est une page du {date}, vieille de plus de {months} mois. Vérifiez le texte avec la page d&apos;aujourd&apos;hui, puis indiquez la nouvelle date de la page.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/content.py" line="238"/>
        <source>{name}: residents are sent there ({procedures}), but it has no address, phone or website. Add one, or send residents to a place they can find.</source>
        <translation>{name} : les habitants y sont envoyés ({procedures}), mais il n&apos;a ni adresse, ni téléphone, ni site web. Ajoutez-en un, ou envoyez les habitants vers un lieu qu&apos;ils peuvent trouver.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/content.py" line="295"/>
        <source>{name}: the {field} uses {acronym}, which the glossary does not explain. Add it to the glossary, or write the words in full.</source>
        <extracomment>The kinds of items whose texts residents read, with their list in the catalogue. An acronym: a word of 2 to 10 capitals and digits, with at least two capitals (&quot;CAF&quot;, &quot;C2S&quot;). Capitals that are everyday words on a screen or a phone, not administrative jargon.</extracomment>
        <translation>{name} : le champ {field} utilise {acronym}, que le glossaire n&apos;explique pas. Ajoutez-le au glossaire, ou écrivez les mots en entier.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/content.py" line="336"/>
        <source>{name}: the {field} translates &quot;{term}&quot; as {wrong}; the term base says {right}. Use the one translation, so that residents meet one word.</source>
        <translation>{name} : le champ {field} traduit « {term} » par {wrong} ; la base terminologique dit {right}. Utilisez la seule traduction, pour que les habitants lisent un seul mot.</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../ui/editor/problems.py" line="49"/>
        <source>Click to go to this field.</source>
        <translation>Cliquez pour aller à ce champ.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/problems.py" line="78"/>
        <source>1 error to fix before publishing</source>
        <translation>1 erreur à corriger avant de publier</translation>
    </message>
    <message>
        <location filename="../../ui/editor/problems.py" line="79"/>
        <source>%n errors to fix before publishing</source>
        <translation>%n erreurs à corriger avant de publier</translation>
    </message>
    <message>
        <location filename="../../ui/editor/problems.py" line="81"/>
        <source>, and 1 warning</source>
        <translation>, et 1 avertissement</translation>
    </message>
    <message>
        <location filename="../../ui/editor/problems.py" line="82"/>
        <source>, and %n warnings</source>
        <translation>, et %n avertissements</translation>
    </message>
    <message>
        <location filename="../../ui/editor/problems.py" line="85"/>
        <source>1 warning: publishing is allowed.</source>
        <translation>1 avertissement : la publication reste possible.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/problems.py" line="86"/>
        <source>%n warnings: publishing is allowed.</source>
        <translation>%n avertissements : la publication reste possible.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/problems.py" line="87"/>
        <source>No problems: ready to publish.</source>
        <translation>Aucun problème : prêt à publier.</translation>
    </message>
</context>
<context>
    <name>ProcedureForm</name>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="24"/>
        <source>The procedure</source>
        <translation>La démarche</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="25"/>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="26"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="27"/>
        <source>On kiosks</source>
        <translation>Sur les bornes</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="28"/>
        <source>Shown to residents (untick to keep it as a draft)</source>
        <translation>Visible par les habitants (décochez pour la garder en brouillon)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="29"/>
        <source>Info flash</source>
        <translation>Flash info</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="30"/>
        <source>On the A4 info flash, with a QR code to its checklist</source>
        <translation>Sur le flash info A4, avec un code QR vers sa liste</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="31"/>
        <source>Done</source>
        <translation>Se fait</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="32"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="32"/>
        <source>At an office</source>
        <translation>Au guichet</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="33"/>
        <source>Online or at an office</source>
        <translation>En ligne ou au guichet</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="35"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="36"/>
        <source>What it is</source>
        <translation>Ce que c&apos;est</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="37"/>
        <source>Who it is for</source>
        <translation>Public concerné</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="38"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="39"/>
        <source>Usual duration</source>
        <translation>Durée habituelle</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="40"/>
        <source>Online service</source>
        <translation>Service en ligne</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="43"/>
        <source>Is this for me?</source>
        <translation>Est-ce pour moi ?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="44"/>
        <source>Up to 6 yes/no questions residents may answer before the checklist, one per screen. The first answer that is not the expected one ends them with its advice.</source>
        <translation>Jusqu&apos;à 6 questions oui/non auxquelles les habitants peuvent répondre avant la liste, une par écran. La première réponse qui n&apos;est pas celle attendue les termine avec son conseil.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="47"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="48"/>
        <source>One step per screen of the kiosk&apos;s guide, in order. Drag a step, or use Up and Down.</source>
        <translation>Une étape par écran du guide de la borne, dans l&apos;ordre. Faites glisser une étape, ou utilisez Monter et Descendre.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="50"/>
        <source>Documents to gather</source>
        <translation>Pièces justificatives à réunir</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="51"/>
        <source>The documents residents tick off; each is explained on its own screen.</source>
        <translation>Les documents que les habitants cochent ; chacun est expliqué sur son propre écran.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="53"/>
        <source>Who can help nearby</source>
        <translation>Qui peut aider près d&apos;ici</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="54"/>
        <source>Partners where residents can get help; the kiosk shows the first three.</source>
        <translation>Les partenaires où les habitants peuvent se faire aider ; la borne affiche les trois premiers.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="56"/>
        <source>Official links</source>
        <translation>Liens officiels</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="58"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="59"/>
        <source>Other words residents may type to find it: abbreviations, old names, everyday words.</source>
        <translation>D&apos;autres mots que les habitants peuvent taper pour la trouver : sigles, anciens noms, mots de tous les jours.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="60"/>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="61"/>
        <source>For the mediator</source>
        <translation>Pour le médiateur</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="62"/>
        <source>Helper notes</source>
        <translation>Notes pour le médiateur</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="64"/>
        <source>Checked against</source>
        <translation>Vérifié d&apos;après</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="65"/>
        <source>The official pages these facts come from, and the day you read them.</source>
        <translation>Les pages officielles d&apos;où viennent ces informations, et la date à laquelle vous les avez lues.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="66"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="67"/>
        <source>Still to check</source>
        <translation>Reste à vérifier</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="94"/>
        <source>(given when first saved, from the French title)</source>
        <translation>(attribué au premier enregistrement, d&apos;après le titre en français)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/procedure_form.py" line="146"/>
        <source>A web address starts with https:// and has no spaces.</source>
        <translation>Une adresse web commence par https:// et ne contient aucun espace.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../ui/editor/publish_dialog.py" line="41"/>
        <source>Publish the catalogue</source>
        <translation>Publier le catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/editor/publish_dialog.py" line="44"/>
        <source>the shared folder, or the folder the web server serves</source>
        <translation>le dossier partagé, ou le dossier servi par le serveur web</translation>
    </message>
    <message>
        <location filename="../../ui/editor/publish_dialog.py" line="46"/>
        <source>…/publisher.key</source>
        <translation>…/publisher.key</translation>
    </message>
    <message>
        <location filename="../../ui/editor/publish_dialog.py" line="50"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../ui/editor/publish_dialog.py" line="51"/>
        <location filename="../../ui/editor/publish_dialog.py" line="52"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/publish_dialog.py" line="54"/>
        <location filename="../../ui/editor/publish_dialog.py" line="148"/>
        <source>Publication folder</source>
        <translation>Dossier de publication</translation>
    </message>
    <message>
        <location filename="../../ui/editor/publish_dialog.py" line="55"/>
        <location filename="../../ui/editor/publish_dialog.py" line="153"/>
        <source>Publisher key</source>
        <translation>Clé de publication</translation>
    </message>
    <message>
        <location filename="../../ui/editor/publish_dialog.py" line="56"/>
        <source>Kiosks warn after</source>
        <translation>Les bornes alertent après</translation>
    </message>
    <message>
        <location filename="../../ui/editor/publish_dialog.py" line="65"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location filename="../../ui/editor/publish_dialog.py" line="67"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/publish_dialog.py" line="77"/>
        <source>What changed since the last publication:</source>
        <translation>Ce qui a changé depuis la dernière publication :</translation>
    </message>
    <message>
        <location filename="../../ui/editor/publish_dialog.py" line="92"/>
        <source>This will be version %1.</source>
        <translation>Ce sera la version %1.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/publish_dialog.py" line="97"/>
        <source>They are in the list of problems: click one to go to its field.</source>
        <translation>Elles sont dans la liste des problèmes : cliquez sur l&apos;une d&apos;elles pour aller à son champ.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/publish_dialog.py" line="115"/>
        <source>Publishing…</source>
        <translation>Publication en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/publish_dialog.py" line="127"/>
        <source>Version %1 is published in %2. Kiosks take it at their next sync. A copy of the editor database was kept in %3.</source>
        <translation>La version %1 est publiée dans %2. Les bornes la récupéreront à leur prochaine synchronisation. Une copie de la base de données de l&apos;éditeur a été conservée dans %3.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/publish_dialog.py" line="140"/>
        <source>Publishing failed: %1. The previous publication was left as it is.</source>
        <translation>La publication a échoué : %1. La publication précédente est restée telle quelle.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/publish_dialog.py" line="154"/>
        <source>Publisher key (*.key);;All files (*)</source>
        <translation>Clé de publication (*.key);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="96"/>
        <location filename="../../kiosk/editing/publishing.py" line="105"/>
        <source>{path} cannot be read ({reason}).</source>
        <translation>Impossible de lire {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="110"/>
        <source>{path} is too large to be a catalogue.</source>
        <translation>{path} est trop volumineux pour être un catalogue.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="76"/>
        <source>{path} is version {version}, older than the editor&apos;s catalogue (version {current}); nothing was changed. Import the latest publication.</source>
        <extracomment>Backups of the editor database kept in KIOSK_HOME/backups (the oldest go first). What the editor remembers of its last publication, to say what changed since (never an import). The largest catalogue file the editor imports.</extracomment>
        <translation>{path} est la version {version}, plus ancienne que le catalogue de l&apos;éditeur (version {current}) ; rien n&apos;a été modifié. Importez la dernière publication.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="100"/>
        <source>{path} is not a file; nothing was changed.</source>
        <translation>{path} n&apos;est pas un fichier ; rien n&apos;a été changé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="139"/>
        <source>This editor trusts no publisher key, so it cannot check {path}; choose the publisher key in the publication settings (or trust one with `kiosk trust add`). Nothing was changed.</source>
        <translation>Cet éditeur ne fait confiance à aucune clé d&apos;éditeur, il ne peut donc pas vérifier {path} ; choisissez la clé d&apos;éditeur dans les réglages de publication (ou ajoutez-en une avec `kiosk trust add`). Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="144"/>
        <source>{path} is not signed (there is no {signature} beside it), so it was refused: only a catalogue published with a trusted key can be imported. Nothing was changed.</source>
        <translation>{path} n&apos;est pas signé (il n&apos;y a pas de {signature} à côté), il a donc été refusé : seul un catalogue publié avec une clé de confiance peut être importé. Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="152"/>
        <source>The signature {signature} does not match {path} or was not made by a trusted publisher key, so the file was refused (it may have been altered). Nothing was changed.</source>
        <translation>La signature {signature} ne correspond pas à {path} ou n&apos;a pas été faite par une clé d&apos;éditeur de confiance, le fichier a donc été refusé (il a peut-être été modifié). Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="254"/>
        <source>procedure added: {title}</source>
        <translation>Démarche ajoutée : {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="255"/>
        <source>procedure changed: {title}</source>
        <translation>Démarche modifiée : {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="256"/>
        <source>procedure removed: {title}</source>
        <translation>Démarche supprimée : {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="257"/>
        <source>category added: {title}</source>
        <translation>Catégorie ajoutée : {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="258"/>
        <source>category changed: {title}</source>
        <translation>Catégorie modifiée : {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="259"/>
        <source>category removed: {title}</source>
        <translation>Catégorie supprimée : {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="260"/>
        <source>document added: {title}</source>
        <translation>Document ajouté : {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="261"/>
        <source>document changed: {title}</source>
        <translation>Document modifié : {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="262"/>
        <source>document removed: {title}</source>
        <translation>Document supprimé : {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="263"/>
        <source>partner added: {title}</source>
        <translation>Partenaire ajouté : {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="264"/>
        <source>partner changed: {title}</source>
        <translation>Partenaire modifié : {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="265"/>
        <source>partner removed: {title}</source>
        <translation>Partenaire supprimé : {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="266"/>
        <source>announcement added: {title}</source>
        <translation>Annonce ajoutée : {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="267"/>
        <source>announcement changed: {title}</source>
        <translation>Annonce modifiée : {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="268"/>
        <source>announcement removed: {title}</source>
        <translation>Annonce supprimée : {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="269"/>
        <source>categories in a new order</source>
        <translation>catégories dans un nouvel ordre</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="270"/>
        <source>procedures in a new order in: {title}</source>
        <translation>démarches dans un nouvel ordre dans : {title}</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="271"/>
        <source>the languages changed</source>
        <translation>les langues ont changé</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="272"/>
        <source>the sites changed</source>
        <translation>les sites ont changé</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="273"/>
        <source>other parts of the catalogue changed</source>
        <translation>d&apos;autres parties du catalogue ont changé</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="280"/>
        <source>Nothing changed since the last publication.</source>
        <translation>Rien n&apos;a changé depuis la dernière publication.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="340"/>
        <source>The editor database could not be backed up to {folder} ({reason}); nothing was published. Free some disk space, then publish again.</source>
        <translation>La base de données de l&apos;éditeur n&apos;a pas pu être sauvegardée dans {folder} ({reason}) ; rien n&apos;a été publié. Libérez de l&apos;espace disque, puis publiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="362"/>
        <source>Choose the publisher key file (publisher.key) in the publication settings first.</source>
        <translation>Choisissez d&apos;abord le fichier de la clé de publication (publisher.key) dans les réglages de publication.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="365"/>
        <source>Choose the publication folder (the share, or the folder the web server serves) in the publication settings first.</source>
        <translation>Choisissez d&apos;abord le dossier de publication (le partage, ou le dossier servi par le serveur web) dans les réglages de publication.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="389"/>
        <source>{count} problem must be fixed before publishing; the first: {first}</source>
        <translation>{count} problème doit être corrigé avant de publier ; le voici : {first}</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="391"/>
        <source>{count} problems must be fixed before publishing; the first: {first}</source>
        <translation>{count} problèmes doivent être corrigés avant de publier ; le premier : {first}</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="396"/>
        <source>The folder {folder} does not exist; create it (or mount the share) first. Nothing was published.</source>
        <translation>Le dossier {folder} n&apos;existe pas ; créez-le (ou connectez le partage) d&apos;abord. Rien n&apos;a été publié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="400"/>
        <source>The folder {folder} cannot be written to (it is read-only for you); nothing was published.</source>
        <translation>Impossible d&apos;écrire dans le dossier {folder} (il est en lecture seule pour vous) ; rien n&apos;a été publié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/publishing.py" line="446"/>
        <source>The preview cannot be prepared in {folder} ({reason}).</source>
        <translation>L&apos;aperçu ne peut pas être préparé dans {folder} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/signing.py" line="72"/>
        <source>{path} is not a publisher key: give the publisher.key file made by `kiosk keygen` (not the .pub file).</source>
        <extracomment>Largest signature file read: one line of base64 is 88 characters; room for a CRLF and spaces. A private key file is a few hundred bytes; anything much larger is not one.</extracomment>
        <translation>{path} n&apos;est pas une clé de publication : choisissez le fichier publisher.key créé par `kiosk keygen` (pas le fichier .pub).</translation>
    </message>
    <message>
        <location filename="../../kiosk/signing.py" line="80"/>
        <source>The key {path} cannot be read ({reason}).</source>
        <translation>Impossible de lire la clé {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/signing.py" line="87"/>
        <source>{path} is protected by a password; kiosk publish needs a key without one.</source>
        <translation>Le fichier {path} est protégé par un mot de passe ; la publication demande une clé sans mot de passe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/signing.py" line="93"/>
        <source>{path} is not an Ed25519 key; make a publisher key with `kiosk keygen`.</source>
        <translation>{path} n&apos;est pas une clé Ed25519 ; créez une clé de publication avec `kiosk keygen`.</translation>
    </message>
    <message>
        <location filename="../../kiosk/publish.py" line="60"/>
        <source>A catalogue expires in 1 to {most} days, not {days}.</source>
        <extracomment>The translation context of what publishing says (the editor shows it in French: kiosk.messages).</extracomment>
        <translation>Un catalogue expire dans 1 à {most} jours, pas {days}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/publish.py" line="65"/>
        <source>The folder {folder} does not exist; create it (or mount the share) first.</source>
        <translation>Le dossier {folder} n&apos;existe pas ; créez-le (ou connectez le partage réseau) d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../kiosk/publish.py" line="70"/>
        <source>There is no catalogue to publish.</source>
        <translation>Il n&apos;y a pas de catalogue à publier.</translation>
    </message>
    <message>
        <location filename="../../kiosk/publish.py" line="79"/>
        <source>The catalogue cannot be published: {reason}</source>
        <translation>Le catalogue ne peut pas être publié : {reason}</translation>
    </message>
    <message>
        <location filename="../../kiosk/publish.py" line="94"/>
        <source>{path} was written but its signature could not be ({reason}); publish again.</source>
        <translation>{path} a été écrit, mais pas sa signature ({reason}) ; publiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/publish.py" line="261"/>
        <source>The catalogue changed while it was being published; publish again.</source>
        <translation>Le catalogue a changé pendant la publication ; publiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/publish.py" line="280"/>
        <source>The catalogue cannot be written to {folder} ({reason}); the previous publication was left as it is.</source>
        <translation>Le catalogue ne peut pas être écrit dans {folder} ({reason}) ; la publication précédente est restée telle quelle.</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <location filename="../../ui/editor/questions.py" line="18"/>
        <source>Add a question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <location filename="../../ui/editor/questions.py" line="21"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ui/editor/questions.py" line="22"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../ui/editor/questions.py" line="25"/>
        <source>Question (yes or no)</source>
        <translation>Question (oui ou non)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/questions.py" line="26"/>
        <source>It is for them if they answer</source>
        <translation>C&apos;est pour eux s&apos;ils répondent</translation>
    </message>
    <message>
        <location filename="../../ui/editor/questions.py" line="27"/>
        <source>Otherwise, what to do</source>
        <translation>Sinon, que faire</translation>
    </message>
    <message>
        <location filename="../../ui/editor/questions.py" line="28"/>
        <source>Otherwise, who can help</source>
        <translation>Sinon, qui peut aider</translation>
    </message>
    <message>
        <location filename="../../ui/editor/questions.py" line="39"/>
        <source>(no partner)</source>
        <translation>(aucun partenaire)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/questions.py" line="54"/>
        <source>(no question yet)</source>
        <translation>(pas encore de question)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/questions.py" line="55"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ui/editor/questions.py" line="55"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../ui/editor/questions.py" line="96"/>
        <source>At most %1 questions</source>
        <translation>%1 questions au plus</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../ui/editor/review.py" line="37"/>
        <source>See what changed</source>
        <translation>Voir ce qui a changé</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review.py" line="38"/>
        <source>I have read it: the text is right</source>
        <translation>C&apos;est relu : le texte est juste</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review.py" line="56"/>
        <source>The official fiche %1 changed on %2. Read the procedure again: %3.</source>
        <translation>La fiche officielle %1 a changé le %2. Relisez la démarche : %3.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review.py" line="59"/>
        <source>The official fiche %1 changed. Read the procedure again: %3.</source>
        <translation>La fiche officielle %1 a changé. Relisez la démarche : %3.</translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <location filename="../../kiosk/editing/translation_reviews.py" line="69"/>
        <source>Write who reviewed, as initials or a role, in 1 to {most} characters.</source>
        <extracomment>The translation context of the refusals below. What the text is (&quot;procedure rsa: step 2 of 5&quot;). ``kiosk.reviews``: &quot;machine&quot;, &quot;reviewed&quot;, &quot;needs-review&quot; (never &quot;missing&quot;: not listed).</extracomment>
        <translation>Indiquez qui a relu, par ses initiales ou son rôle, en 1 à {most} caractères.</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <location filename="../../kiosk/editing/store.py" line="31"/>
        <source>procedure</source>
        <extracomment>The translation context of what saving refuses. The kinds of item as refusals name them.</extracomment>
        <translation>démarche</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/store.py" line="32"/>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/store.py" line="33"/>
        <source>announcement</source>
        <translation>annonce</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/store.py" line="34"/>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/store.py" line="35"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/store.py" line="36"/>
        <source>site</source>
        <translation>quartier</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/store.py" line="37"/>
        <source>The procedure {slug}</source>
        <translation>La démarche {slug}</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/store.py" line="38"/>
        <source>The partner {slug}</source>
        <translation>Le partenaire {slug}</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/store.py" line="39"/>
        <source>The announcement {slug}</source>
        <translation>L&apos;annonce {slug}</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/store.py" line="145"/>
        <source>{owner} refers to the {what} {slug}, which is not in the catalogue; choose another {what} or create it first.</source>
        <extracomment>What a procedure&apos;s rows own, deleted with it or before it is written again.</extracomment>
        <translation>{owner} fait référence à {slug} ({what}), qui n&apos;est pas dans le catalogue ; faites un autre choix ou créez cet élément d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/store.py" line="165"/>
        <source>An announcement needs the first and the last day it is shown.</source>
        <translation>Une annonce a besoin d&apos;un premier et d&apos;un dernier jour d&apos;affichage.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/store.py" line="194"/>
        <source>{owner} must be done online, at an office, or both: choose one.</source>
        <translation>{owner} doit se faire en ligne, au guichet, ou les deux : choisissez.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/store.py" line="197"/>
        <source>Each step of the procedure {slug} is done online, on site, with a document or by phone: choose one.</source>
        <translation>Chaque étape de la démarche {slug} se fait en ligne, sur place, avec un document ou par téléphone : choisissez.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/store.py" line="201"/>
        <source>Choose the category of the procedure {slug}.</source>
        <translation>Choisissez la catégorie de la démarche {slug}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/store.py" line="207"/>
        <source>{owner} has {count} &quot;is this for me?&quot; questions; it may have {most} at most.</source>
        <translation>{owner} a {count} questions « est-ce pour moi ? » ; il en faut {most} au plus.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/store.py" line="211"/>
        <source>For each &quot;is this for me?&quot; question of {owner}, choose the answer that keeps the procedure for the resident: yes or no.</source>
        <translation>Pour chaque question « est-ce pour moi ? » de {owner}, choisissez la réponse pour laquelle la démarche est pour l&apos;habitant : oui ou non.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/store.py" line="282"/>
        <source>The {kind} {slug} cannot be deleted: the procedure {user} still refers to it. Change it first.</source>
        <translation>Impossible de supprimer {slug} ({kind}) : la démarche {user} y fait encore référence. Modifiez-la d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/store.py" line="284"/>
        <source>The {kind} {slug} cannot be deleted: the procedure {user} and {more} more still refer to it. Change them first.</source>
        <translation>Impossible de supprimer {slug} ({kind}) : la démarche {user} et {more} autres y font encore référence. Modifiez-les d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/store.py" line="368"/>
        <source>{slug} cannot name a {kind}: use lower-case letters, digits and hyphens (at most {most}), such as &quot;carte-vitale&quot;.</source>
        <translation>{slug} ne peut pas servir d&apos;identifiant ({kind}) : utilisez des minuscules sans accents, des chiffres et des tirets (au plus {most}), par exemple « carte-vitale ».</translation>
    </message>
    <message>
        <location filename="../../kiosk/editing/store.py" line="491"/>
        <source>That version is not in the history.</source>
        <extracomment>The items whose order the residents see: categories on the home screen, procedures in theirs.</extracomment>
        <translation>Cette version n&apos;est pas dans l&apos;historique.</translation>
    </message>
</context>
<context>
    <name>SourcesEditor</name>
    <message>
        <location filename="../../ui/editor/fields.py" line="195"/>
        <source>Address (https://…)</source>
        <translation>Adresse (https://…)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="195"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="195"/>
        <source>Read on (YYYY-MM-DD)</source>
        <translation>Consultée le (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="196"/>
        <source>Fiche</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="196"/>
        <source>Page dated</source>
        <translation>Page datée du</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="204"/>
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="205"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <location filename="../../ui/editor/steps.py" line="206"/>
        <source>Add a step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps.py" line="207"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps.py" line="207"/>
        <source>On site</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps.py" line="208"/>
        <source>A document</source>
        <translation>Un document</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps.py" line="208"/>
        <source>By phone</source>
        <translation>Par téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps.py" line="216"/>
        <source>Done</source>
        <translation>Se fait</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps.py" line="217"/>
        <source>What to do</source>
        <translation>Ce qu&apos;il faut faire</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps.py" line="218"/>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps.py" line="219"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps.py" line="230"/>
        <source>(no partner)</source>
        <translation>(aucun partenaire)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/steps.py" line="241"/>
        <source>(no text yet)</source>
        <translation>(pas encore de texte)</translation>
    </message>
</context>
<context>
    <name>TranslationReviewDialog</name>
    <message>
        <location filename="../../ui/editor/translation_reviews.py" line="38"/>
        <location filename="../../ui/editor/translation_reviews.py" line="128"/>
        <location filename="../../ui/editor/translation_reviews.py" line="134"/>
        <source>Translations to review</source>
        <translation>Traductions à relire</translation>
    </message>
    <message>
        <location filename="../../ui/editor/translation_reviews.py" line="43"/>
        <source>Only those waiting for review</source>
        <translation>Seulement celles à relire</translation>
    </message>
    <message>
        <location filename="../../ui/editor/translation_reviews.py" line="46"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../ui/editor/translation_reviews.py" line="46"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/editor/translation_reviews.py" line="46"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../ui/editor/translation_reviews.py" line="47"/>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <location filename="../../ui/editor/translation_reviews.py" line="56"/>
        <source>Initials or role, e.g. AB or interpreter</source>
        <translation>Initiales ou rôle, par ex. AB ou interprète</translation>
    </message>
    <message>
        <location filename="../../ui/editor/translation_reviews.py" line="57"/>
        <source>Mark the chosen texts reviewed</source>
        <translation>Marquer les textes choisis comme relus</translation>
    </message>
    <message>
        <location filename="../../ui/editor/translation_reviews.py" line="58"/>
        <source>Only once a person who reads the language has checked them against the French. Today&apos;s date is recorded.</source>
        <translation>Seulement après qu&apos;une personne qui lit cette langue les a comparés au français. La date du jour est enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/translation_reviews.py" line="60"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/translation_reviews.py" line="63"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/editor/translation_reviews.py" line="69"/>
        <source>Reviewed by</source>
        <translation>Relu par</translation>
    </message>
    <message>
        <location filename="../../ui/editor/translation_reviews.py" line="94"/>
        <source>machine-assisted</source>
        <translation>traduction automatique</translation>
    </message>
    <message>
        <location filename="../../ui/editor/translation_reviews.py" line="94"/>
        <source>needs review: the French changed</source>
        <translation>à relire : le français a changé</translation>
    </message>
    <message>
        <location filename="../../ui/editor/translation_reviews.py" line="95"/>
        <source>reviewed</source>
        <translation>relu</translation>
    </message>
    <message>
        <location filename="../../ui/editor/translation_reviews.py" line="99"/>
        <source>%1 of %2 texts waiting for review</source>
        <translation>%1 textes sur %2 à relire</translation>
    </message>
    <message>
        <location filename="../../ui/editor/translation_reviews.py" line="105"/>
        <source>%1, %2</source>
        <translation>%1, le %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/translation_reviews.py" line="128"/>
        <source>Choose the texts to mark first.</source>
        <translation>Choisissez d&apos;abord les textes à marquer.</translation>
    </message>
</context>
</TS>
