<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../../ui/screens/admin.py" line="157"/>
        <source>Administration</source>
        <extracomment>Each form field with the label naming it (texts set in the interface language).</extracomment>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="167"/>
        <source>Catalogue and sync</source>
        <translation>Catalogue et synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="167"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="167"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="168"/>
        <source>PINs</source>
        <translation>Codes PIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="168"/>
        <location filename="../../ui/screens/admin.py" line="316"/>
        <source>Quit kiosk mode</source>
        <translation>Quitter le mode borne</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="194"/>
        <source>No catalogue is loaded.</source>
        <translation>Aucun catalogue n&apos;est chargé.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="196"/>
        <source>Catalogue version %1, published %2, valid until %3.</source>
        <translation>Catalogue version %1, publié le %2, valable jusqu&apos;au %3.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="201"/>
        <source>Outdated: this catalogue expired on %1. Residents are told to check with the mediator. Sync, or ask the assistant to publish a new one.</source>
        <translation>Périmé : ce catalogue a expiré le %1. Les habitants sont invités à vérifier avec le médiateur. Synchronisez, ou demandez à l&apos;assistante d&apos;en publier un nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="207"/>
        <source>Safe start: the kiosk restarted too often in a short time, so read aloud, the background sync and printing are off until the next start. See the log.</source>
        <translation>Démarrage de secours : la borne a redémarré trop souvent en peu de temps. La lecture à voix haute, la synchronisation automatique et l&apos;impression sont coupées jusqu&apos;au prochain démarrage. Voir le journal.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="211"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="213"/>
        <source>Workshops calendar: last read %1. Last try %2: %3</source>
        <translation>Calendrier des ateliers : dernière lecture %1. Dernier essai %2 : %3</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="217"/>
        <source>No sync yet.</source>
        <translation>Aucune synchronisation pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="230"/>
        <source>sync interval</source>
        <translation>l&apos;intervalle de synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="231"/>
        <source>idle timeout</source>
        <translation>le délai d&apos;inactivité</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="239"/>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="241"/>
        <source>Saved. Languages, read-aloud and the idle timeout change at the next start.</source>
        <translation>Enregistré. Les langues, la lecture à voix haute et le délai d&apos;inactivité changeront au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="256"/>
        <source>The PINs are saved.</source>
        <translation>Les codes PIN sont enregistrés.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="264"/>
        <source>Give the %1 as a whole number.</source>
        <translation>Indiquez %1 en nombre entier.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="277"/>
        <source>The system&apos;s default printer</source>
        <translation>Imprimante par défaut du système</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="293"/>
        <source>Offer read-aloud</source>
        <translation>Proposer la lecture à voix haute</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="294"/>
        <source>Site</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="295"/>
        <source>Catalogue source (path or address)</source>
        <translation>Source du catalogue (chemin ou adresse)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="296"/>
        <source>Workshops calendar (.ics path or address)</source>
        <translation>Calendrier des ateliers (chemin ou adresse .ics)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="297"/>
        <source>Sync every (minutes)</source>
        <translation>Intervalle de synchronisation (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="298"/>
        <source>Idle timeout (seconds)</source>
        <translation>Délai d&apos;inactivité (secondes)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="299"/>
        <source>Languages offered</source>
        <translation>Langues proposées</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="300"/>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="302"/>
        <source>Trusted publisher keys, one per line</source>
        <translation>Clés des éditeurs de confiance, une par ligne</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="303"/>
        <source>New mediator PIN</source>
        <translation>Nouveau code PIN du médiateur</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="304"/>
        <source>New admin PIN</source>
        <translation>Nouveau code PIN administrateur</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="309"/>
        <source>Save the settings</source>
        <translation>Enregistrer les réglages</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="311"/>
        <source>Save the PINs</source>
        <translation>Enregistrer les codes PIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="313"/>
        <source>4 weeks</source>
        <translation>4 semaines</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="313"/>
        <source>12 weeks</source>
        <translation>12 semaines</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="313"/>
        <source>12 months</source>
        <translation>12 mois</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="318"/>
        <source>Yes, close the kiosk</source>
        <translation>Oui, fermer la borne</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="321"/>
        <source>Closing the kiosk shows the system underneath. Under systemd it starts again by itself after a few seconds.</source>
        <translation>Fermer la borne affiche le système en dessous. Sous systemd, elle redémarre toute seule après quelques secondes.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="323"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="344"/>
        <source>Most consulted procedures</source>
        <translation>Démarches les plus consultées</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="345"/>
        <source>Languages used</source>
        <translation>Langues utilisées</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="347"/>
        <source>Life events opened</source>
        <translation>Événements de vie ouverts</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="349"/>
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="349"/>
        <source>started</source>
        <translation>commencés</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="349"/>
        <source>finished</source>
        <translation>terminés</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="350"/>
        <source>Did this help you?</source>
        <translation>Est-ce que cela vous a aidé ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="350"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="350"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="351"/>
        <source>Searches that found nothing</source>
        <translation>Recherches sans résultat</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="351"/>
        <source>in all</source>
        <translation>au total</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="353"/>
        <source>Viewed at a front desk</source>
        <translation>Consultées à un accueil partenaire</translation>
    </message>
    <message>
        <location filename="../../ui/screens/admin.py" line="356"/>
        <source>Counts below 5 are shown as &lt;5. The others are rounded to the nearest 5.</source>
        <translation>Les nombres inférieurs à 5 sont affichés ainsi : &lt;5. Les autres sont arrondis à 5 près.</translation>
    </message>
</context>
<context>
    <name>CategoryScreen</name>
    <message>
        <location filename="../../ui/screens/category.py" line="148"/>
        <source>Previous</source>
        <extracomment>The category whose screen also leads to the places and workshops of digital help. Two columns of three: big enough to read and to touch, whatever the category holds.</extracomment>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../ui/screens/category.py" line="149"/>
        <source>More</source>
        <translation>Voir plus</translation>
    </message>
    <message>
        <location filename="../../ui/screens/category.py" line="150"/>
        <source>Digital help near here: places and workshops</source>
        <translation>Aide numérique près d&apos;ici : lieux et ateliers</translation>
    </message>
    <message>
        <location filename="../../ui/screens/category.py" line="156"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>DigitalScreen</name>
    <message>
        <location filename="../../ui/screens/digital.py" line="134"/>
        <source>Digital help near here</source>
        <extracomment>What a place offers, in this order: its pictogram, and the data·inclusion codes that say it (the current &quot;numerique&quot; thematiques and the older ones partners&apos; files still carry). Every partner with a &quot;numerique&quot; code is a place of digital help (as on the help screen). The side of a workshop&apos;s QR code at 1920x1080 (scaled with the screen): an event of ~300 bytes is a version 12-14 code, 3 pixels a module at this size.</extracomment>
        <translation>Aide numérique près d&apos;ici</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="145"/>
        <source>Computer, internet and help</source>
        <translation>Ordinateur, internet et aide</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="146"/>
        <source>Please ask at the reception.</source>
        <translation>Merci de demander à l&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="147"/>
        <source>Workshops in the next 14 days</source>
        <translation>Les ateliers des 14 prochains jours</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="148"/>
        <source>No workshop in the next 14 days. Please ask at the reception.</source>
        <translation>Pas d&apos;atelier dans les 14 prochains jours. Merci de demander à l&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="183"/>
        <source>A computer to use</source>
        <translation>Un ordinateur à utiliser</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="184"/>
        <source>Internet and wifi</source>
        <translation>Internet et wifi</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="185"/>
        <source>Help with procedures online</source>
        <translation>Aide pour les démarches en ligne</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="186"/>
        <source>Learn to use a computer</source>
        <translation>Apprendre à utiliser un ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="187"/>
        <source>Get a computer or a phone</source>
        <translation>Avoir un ordinateur ou un téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/screens/digital.py" line="231"/>
        <source>Scan it: your phone adds it to its calendar.</source>
        <translation>Scannez : votre téléphone l&apos;ajoute à son agenda.</translation>
    </message>
</context>
<context>
    <name>DocumentScreen</name>
    <message>
        <location filename="../../ui/screens/document.py" line="64"/>
        <source>This document is no longer in the catalogue.</source>
        <translation>Ce document n&apos;est plus dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/document.py" line="70"/>
        <source>What is it?</source>
        <translation>Qu&apos;est-ce que c&apos;est ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/document.py" line="71"/>
        <source>What does it look like?</source>
        <translation>À quoi ça ressemble ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/document.py" line="72"/>
        <source>I don&apos;t have it: where do I get it?</source>
        <translation>Je ne l&apos;ai pas : où l&apos;obtenir ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/document.py" line="79"/>
        <source>Some of this text is not yet translated: it is shown in French.</source>
        <translation>Une partie de ce texte n&apos;est pas encore traduite : elle est affichée en français.</translation>
    </message>
</context>
<context>
    <name>EligibilityScreen</name>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="191"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="192"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="193"/>
        <source>Previous question</source>
        <translation>Question précédente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="194"/>
        <source>Skip the questions</source>
        <translation>Passer les questions</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="195"/>
        <source>Change my answer</source>
        <translation>Changer ma réponse</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="199"/>
        <source>There are no questions for this procedure.</source>
        <translation>Il n&apos;y a pas de questions pour cette démarche.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="208"/>
        <source>Is this for me? Question %1 of %2</source>
        <translation>Est-ce pour moi ? Question %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="223"/>
        <source>This procedure is probably for you.</source>
        <translation>Cette démarche est sans doute pour vous.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="224"/>
        <source>Now gather the documents on the list.</source>
        <translation>Maintenant, rassemblez les papiers de la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="225"/>
        <source>See the list</source>
        <translation>Voir la liste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="227"/>
        <source>This procedure is probably not for you.</source>
        <translation>Cette démarche n&apos;est sans doute pas pour vous.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/eligibility.py" line="233"/>
        <source>See the list anyway</source>
        <translation>Voir la liste quand même</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <location filename="../../ui/widgets/fallback_note.py" line="25"/>
        <source>Some texts are not translated yet: they are shown in French.</source>
        <translation>Certains textes ne sont pas encore traduits : ils sont affichés en français.</translation>
    </message>
</context>
<context>
    <name>Flash</name>
    <message>
        <location filename="../../ui/flash.py" line="57"/>
        <source>Information</source>
        <translation>Informations</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="58"/>
        <source>News this month</source>
        <translation>Nouvelles du mois</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="59"/>
        <source>Procedures to know</source>
        <translation>Démarches à connaître</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="60"/>
        <source>Scan a code with your phone: you get the list of papers. No internet needed.</source>
        <translation>Scannez un code avec votre téléphone : vous avez la liste des papiers. Pas besoin d&apos;internet.</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="61"/>
        <source>Someone can help you</source>
        <translation>Quelqu&apos;un peut vous aider</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="62"/>
        <source>Phone: %1</source>
        <translation>Téléphone : %1</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="63"/>
        <source>Closed this week.</source>
        <translation>Fermé cette semaine.</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="65"/>
        <source>%1: %2</source>
        <extracomment>Days and their hours: &quot;Monday – Friday: 09:00–12:00&quot;.</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="66"/>
        <source>Ask at the reception when a person can help you.</source>
        <translation>Demandez à l&apos;accueil quand une personne peut vous aider.</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="67"/>
        <source>Next digital workshops</source>
        <translation>Prochains ateliers numériques</translation>
    </message>
    <message>
        <location filename="../../ui/flash.py" line="68"/>
        <source>There is more on the kiosk of the Maison de quartier.</source>
        <translation>Il y a plus sur la borne de la Maison de quartier.</translation>
    </message>
</context>
<context>
    <name>GlossaryRow</name>
    <message>
        <location filename="../../ui/widgets/glossary_row.py" line="114"/>
        <source>Words explained here</source>
        <translation>Les mots expliqués ici</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/glossary_row.py" line="118"/>
        <source>What does %1 mean?</source>
        <translation>Que veut dire %1 ?</translation>
    </message>
</context>
<context>
    <name>GlossaryScreen</name>
    <message>
        <location filename="../../ui/screens/glossary.py" line="62"/>
        <source>This word is no longer in the catalogue.</source>
        <translation>Ce mot n&apos;est plus dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/glossary.py" line="69"/>
        <source>Some of this text is not yet translated: it is shown in French.</source>
        <translation>Une partie de ce texte n&apos;est pas encore traduite : elle est affichée en français.</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <location filename="../../ui/screens/guide.py" line="192"/>
        <source>Did this help you?</source>
        <extracomment>Width of the step&apos;s QR code: scanned from arm&apos;s length by a phone, beside the step&apos;s text.</extracomment>
        <translation>Est-ce que cela vous a aidé ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="193"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="194"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="200"/>
        <source>QR code of this page, to open it on your phone</source>
        <translation>QR code de cette page, pour l&apos;ouvrir sur votre téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="201"/>
        <source>Open this page on your phone</source>
        <translation>Ouvrir cette page sur votre téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="209"/>
        <source>This procedure has no steps to follow here. Ask at the reception or a partner nearby.</source>
        <translation>Cette démarche n&apos;a pas d&apos;étapes à suivre ici. Demandez à l&apos;accueil ou à un partenaire près d&apos;ici.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="221"/>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="226"/>
        <source>On the internet</source>
        <translation>Sur internet</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="226"/>
        <source>Go to an office</source>
        <translation>Aller au guichet</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="227"/>
        <source>Papers</source>
        <translation>Papiers</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="227"/>
        <source>By phone</source>
        <translation>Par téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="236"/>
        <source>Phone: %1</source>
        <translation>Téléphone : %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="250"/>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="251"/>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../ui/screens/guide.py" line="251"/>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../ui/printing.py" line="146"/>
        <source>Documents to gather</source>
        <extracomment>Type sizes in points: nothing on the handout is smaller than 16 pt.</extracomment>
        <translation>Documents à réunir</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="152"/>
        <source>only if it concerns you</source>
        <translation>seulement si cela vous concerne</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="163"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="177"/>
        <source>Who can help you nearby</source>
        <translation>Qui peut vous aider près d&apos;ici</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="182"/>
        <source>Checked against %1 (page of %2)</source>
        <translation>Vérifié sur %1 (page du %2)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="184"/>
        <source>Checked against %1</source>
        <translation>Vérifié sur %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="198"/>
        <source>This list on your phone (no internet needed)</source>
        <translation>Cette liste sur votre téléphone (sans internet)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="199"/>
        <source>The official website</source>
        <translation>Le site officiel</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="231"/>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <location filename="../../ui/screens/help.py" line="76"/>
        <source>Where and when can a person help me?</source>
        <translation>Où et quand une personne peut m&apos;aider ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="82"/>
        <source>A digital mediator can sit with you and do your procedure with you, step by step.</source>
        <translation>Un médiateur numérique peut s&apos;asseoir avec vous et faire votre démarche avec vous, étape par étape.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="84"/>
        <source>You never have to give your passwords. You type them yourself.</source>
        <translation>Vous n&apos;avez jamais à donner vos mots de passe. Vous les tapez vous-même.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="86"/>
        <source>Bring your papers and your phone: many procedures send a code by text message.</source>
        <translation>Apportez vos papiers et votre téléphone : beaucoup de démarches envoient un code par SMS.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="88"/>
        <source>Ask at the reception: they will tell you when the mediator is here.</source>
        <translation>Demandez à l&apos;accueil : on vous dira quand le médiateur est là.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="89"/>
        <source>See all partners nearby</source>
        <translation>Voir tous les partenaires près d&apos;ici</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="90"/>
        <source>Digital help near here: places and workshops</source>
        <translation>Aide numérique près d&apos;ici : lieux et ateliers</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="91"/>
        <source>Who can help you</source>
        <translation>Qui peut vous aider</translation>
    </message>
    <message>
        <location filename="../../ui/screens/help.py" line="92"/>
        <source>Please ask at the reception.</source>
        <translation>Merci de demander à l&apos;accueil.</translation>
    </message>
</context>
<context>
    <name>HelpingScreen</name>
    <message>
        <location filename="../../ui/screens/helping.py" line="35"/>
        <source>Helping well</source>
        <translation>Bien accompagner</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="40"/>
        <source>The resident decides</source>
        <translation>C&apos;est la personne qui décide</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="41"/>
        <source>Explain, show, and let the resident do it whenever they can. Ask before you act on their behalf, and say what you are doing at each step.</source>
        <translation>Expliquez, montrez, et laissez la personne faire elle-même dès qu&apos;elle le peut. Demandez-lui avant d&apos;agir à sa place, et dites ce que vous faites à chaque étape.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="43"/>
        <source>Never their password</source>
        <translation>Jamais son mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="44"/>
        <source>Never keep, note or type a resident&apos;s password or codes for them. They type it themselves; look away. Never use your own email address or phone number for their accounts.</source>
        <translation>Ne gardez, ne notez et ne tapez jamais le mot de passe ou les codes d&apos;une personne à sa place. Elle les tape elle-même ; regardez ailleurs. N&apos;utilisez jamais votre propre adresse e-mail ou votre numéro de téléphone pour ses comptes.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="47"/>
        <source>Acting in their name: Aidants Connect</source>
        <translation>Agir en son nom : Aidants Connect</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="48"/>
        <source>To do a procedure in the resident&apos;s place, a professional helper needs an Aidants Connect mandate: the resident signs it with FranceConnect, it lists the procedures and lasts at most one year. Only salaried helpers of an approved structure can use it: not volunteers, civic service, family or elected members.</source>
        <translation>Pour faire une démarche à la place d&apos;une personne, un aidant professionnel a besoin d&apos;un mandat Aidants Connect : la personne le signe avec FranceConnect, il liste les démarches et dure au plus un an. Seuls les aidants salariés d&apos;une structure habilitée peuvent l&apos;utiliser : pas les bénévoles, les services civiques, la famille ni les élus.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="52"/>
        <source>Their papers stay theirs</source>
        <translation>Ses papiers restent les siens</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="53"/>
        <source>Scan or photograph documents only for the procedure, send them, then delete them from the computer and its downloads. Keep no copy and no notes about the resident.</source>
        <translation>Scannez ou photographiez les documents seulement pour la démarche, envoyez-les, puis supprimez-les de l&apos;ordinateur et de ses téléchargements. Ne gardez aucune copie et aucune note sur la personne.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="56"/>
        <source>Close everything</source>
        <translation>Tout fermer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="57"/>
        <source>At the end, log out of every website, close the browser and check nothing is left open or saved. The kiosk itself keeps nothing once it resets.</source>
        <translation>À la fin, déconnectez-vous de chaque site, fermez le navigateur et vérifiez que rien n&apos;est resté ouvert ou enregistré. La borne elle-même ne garde rien une fois remise à zéro.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="59"/>
        <source>A handout to take away</source>
        <translation>Un document à emporter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="60"/>
        <source>Give the resident the printed list or the QR code of the procedure, so they know what to gather and what comes next.</source>
        <translation>Donnez à la personne la liste imprimée ou le QR code de la démarche, pour qu&apos;elle sache quoi réunir et ce qui vient ensuite.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/helping.py" line="76"/>
        <source>Sources: aidantsconnect.beta.gouv.fr, read on 25 November 2026.</source>
        <translation>Sources : aidantsconnect.beta.gouv.fr, consulté le 25 novembre 2026.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../ui/screens/home.py" line="72"/>
        <source>Hello. What do you want to do?</source>
        <extracomment>The largest a tile&apos;s pictogram gets at 1920x1080 (smaller when the tiles have less room).</extracomment>
        <translation>Bonjour. Que voulez-vous faire ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="76"/>
        <source>Find a procedure</source>
        <translation>Trouver une démarche</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="77"/>
        <source>Where to go? Partners nearby</source>
        <translation>Où aller ? Partenaires près d&apos;ici</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="80"/>
        <source>This information may be out of date. Check it with the mediator.</source>
        <translation>Ces informations sont peut-être anciennes. Vérifiez avec le médiateur.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/window.py" line="392"/>
        <source>Too many wrong PINs. Try again in %1 seconds.</source>
        <extracomment>Mediator and admin modes fall back to the resident mode after this long without a touch. Screens reached only in the mediator or admin mode. The languages one tap away on the bar; the others behind &quot;more languages&quot;, and on the bar only while one of them is on screen (so the choice shows). Every screen, by name; each is built the first time it is needed (a faster start). Only the admin mode may close the window (quitting kiosk mode).</extracomment>
        <translation>Trop de codes PIN incorrects. Réessayez dans %1 secondes.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="395"/>
        <source>No PIN is set for this mode yet: set it with the command kiosk pin set.</source>
        <translation>Aucun code PIN n&apos;est encore défini pour ce mode : définissez-le avec la commande kiosk pin set.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="398"/>
        <source>Wrong PIN.</source>
        <translation>Code PIN incorrect.</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="410"/>
        <source>Mediator mode</source>
        <translation>Mode médiateur</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="411"/>
        <source>Admin mode</source>
        <translation>Mode administrateur</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="412"/>
        <source>Helping well</source>
        <translation>Bien accompagner</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="413"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="414"/>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="494"/>
        <location filename="../../ui/window.py" line="495"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="496"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="497"/>
        <source>Need help?</source>
        <translation>Besoin d&apos;aide ?</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="507"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="509"/>
        <location filename="../../ui/window.py" line="510"/>
        <source>More languages</source>
        <translation>Autres langues</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="518"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="518"/>
        <source>Listen</source>
        <translation>Écouter</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <location filename="../../ui/widgets/language_panel.py" line="104"/>
        <source>Choose your language</source>
        <translation>Choisissez votre langue</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/language_panel.py" line="107"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>PartnerCard</name>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="110"/>
        <source>We are still checking these details. Please ask at the reception.</source>
        <extracomment>Room each side of a text: Qt draws some mixed Arabic and Latin lines a few pixels wider than it measured them, and the overhang would be cut off at the label&apos;s edge. RIGHT-TO-LEFT MARK: makes a paragraph right-to-left even when it starts with a Latin word.</extracomment>
        <translation>Nous vérifions encore ces informations. Merci de demander à l&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="143"/>
        <source>Opening hours not known</source>
        <translation>Horaires inconnus</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="150"/>
        <source>Today: {hours}</source>
        <translation>Aujourd&apos;hui : {hours}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="159"/>
        <source>We do not know if it is open now</source>
        <translation>Nous ne savons pas si c&apos;est ouvert maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="162"/>
        <source>Open now</source>
        <translation>Ouvert maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="164"/>
        <source>Open now — closes at {time}</source>
        <translation>Ouvert maintenant — ferme à {time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="165"/>
        <source>Open now — closes tomorrow at {time}</source>
        <translation>Ouvert maintenant — ferme demain à {time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="166"/>
        <source>Open now — closes {day} at {time}</source>
        <translation>Ouvert maintenant — ferme {day} à {time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="167"/>
        <source>Open now — closes on {date} at {time}</source>
        <translation>Ouvert maintenant — ferme le {date} à {time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="171"/>
        <source>Closed now</source>
        <translation>Fermé maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="173"/>
        <source>Closed now — opens at {time}</source>
        <translation>Fermé maintenant — ouvre à {time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="174"/>
        <source>Closed now — opens tomorrow at {time}</source>
        <translation>Fermé maintenant — ouvre demain à {time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="175"/>
        <source>Closed now — opens {day} at {time}</source>
        <translation>Fermé maintenant — ouvre {day} à {time}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/partner_card.py" line="176"/>
        <source>Closed now — opens on {date} at {time}</source>
        <translation>Fermé maintenant — ouvre le {date} à {time}</translation>
    </message>
</context>
<context>
    <name>PartnersScreen</name>
    <message>
        <location filename="../../ui/screens/partners.py" line="152"/>
        <source>Who can help you nearby</source>
        <extracomment>Partner cards side by side at 1920 px: about 70 characters a line, easy to read. Theme buttons in one row at most. The narrowest a theme button gets at 1920x1080: fewer per row on a narrower screen. The opening-hours lines are computed again this often while the screen is shown. In the order the buttons appear. The data·inclusion codes are &quot;prefix--detail&quot;; both the current list and the older one (difficultes-*) are grouped here.</extracomment>
        <translation>Qui peut vous aider près d&apos;ici</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="168"/>
        <source>Some texts are not translated yet: they are shown in French.</source>
        <translation>Certains textes ne sont pas encore traduits : ils sont affichés en français.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="170"/>
        <source>No partners are listed yet. Please ask at the reception.</source>
        <translation>Aucun partenaire n&apos;est encore listé. Merci de demander à l&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="225"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="226"/>
        <source>Papers and rights</source>
        <translation>Papiers et droits</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="227"/>
        <source>Computer and internet</source>
        <translation>Ordinateur et internet</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="228"/>
        <source>Money</source>
        <translation>Argent</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="229"/>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="230"/>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="231"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="232"/>
        <source>Work and training</source>
        <translation>Emploi et formation</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="233"/>
        <source>Reading and French</source>
        <translation>Lecture et français</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="234"/>
        <source>Getting around</source>
        <translation>Se déplacer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="235"/>
        <source>Food and clothes</source>
        <translation>Nourriture et vêtements</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="236"/>
        <source>Meeting people</source>
        <translation>Rencontrer des gens</translation>
    </message>
    <message>
        <location filename="../../ui/screens/partners.py" line="237"/>
        <source>Other help</source>
        <translation>Autres aides</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="112"/>
        <source>Mediator</source>
        <translation>Médiateur</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="112"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="113"/>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="113"/>
        <source>OK</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="114"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <location filename="../../ui/print_panel.py" line="216"/>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="218"/>
        <source>%1 prints already: that is the most for one visit</source>
        <translation>Déjà %1 impressions : c&apos;est le maximum pour une visite</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="220"/>
        <source>Print this list</source>
        <translation>Imprimer cette liste</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="227"/>
        <source>The printer is not available. The QR code still works, and a mediator can help.</source>
        <translation>L&apos;imprimante n&apos;est pas disponible. Le code QR marche toujours, et un médiateur peut vous aider.</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="228"/>
        <source>The printer cannot print right now. The QR code still works, and a mediator can help.</source>
        <translation>L&apos;imprimante ne peut pas imprimer pour le moment. Le code QR marche toujours, et un médiateur peut vous aider.</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="230"/>
        <source>Sent to the printer. Please wait.</source>
        <translation>Envoyé à l&apos;imprimante. Patientez un peu.</translation>
    </message>
    <message>
        <location filename="../../ui/print_panel.py" line="231"/>
        <source>Printed. Take your paper from the printer.</source>
        <translation>C&apos;est imprimé. Prenez votre feuille dans l&apos;imprimante.</translation>
    </message>
</context>
<context>
    <name>ProcedureScreen</name>
    <message>
        <location filename="../../ui/screens/procedure.py" line="238"/>
        <source>This procedure is no longer in the catalogue.</source>
        <extracomment>The side column&apos;s width at 1920x1080 (scaled with the screen). How, how much and how long, as shown (read aloud after the documents). Ticked documents per procedure, for this resident&apos;s session only. No person has checked this translation yet (kiosk.reviews): said in the screen&apos;s language.</extracomment>
        <translation>Cette démarche n&apos;est plus dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="249"/>
        <source>Some of this text is not yet translated: it is shown in French.</source>
        <translation>Une partie de ce texte n&apos;est pas encore traduite : elle est affichée en français.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="251"/>
        <source>Translated by machine: ask the mediator if something is unclear.</source>
        <translation>Traduit par une machine : demandez au médiateur si quelque chose n&apos;est pas clair.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="254"/>
        <source>Who is it for?</source>
        <translation>Pour qui ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="267"/>
        <source>Is this for me?</source>
        <translation>Est-ce pour moi ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="269"/>
        <source>Step by step</source>
        <translation>Étape par étape</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="271"/>
        <source>Take this list with me</source>
        <translation>Emporter cette liste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="273"/>
        <source>Checked against %1 (page of %2)</source>
        <translation>Vérifié sur %1 (page du %2)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="274"/>
        <source>Checked against %1</source>
        <translation>Vérifié sur %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="281"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="281"/>
        <source>At an office</source>
        <translation>Au guichet</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="282"/>
        <source>Online or at an office</source>
        <translation>En ligne ou au guichet</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="299"/>
        <source>Documents to gather</source>
        <translation>Documents à réunir</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="300"/>
        <source>Tick what you have. Tap the i button to see what a document is.</source>
        <translation>Cochez ce que vous avez. Touchez le bouton i pour voir ce qu&apos;est un document.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="302"/>
        <source>No document is needed to start.</source>
        <translation>Aucun document n&apos;est nécessaire pour commencer.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="308"/>
        <source>What is this document?</source>
        <translation>Qu&apos;est-ce que ce document ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="315"/>
        <source>Who can help nearby</source>
        <translation>Qui peut aider près d&apos;ici</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="329"/>
        <source>Still to be checked:</source>
        <translation>Encore à vérifier :</translation>
    </message>
    <message>
        <location filename="../../ui/screens/procedure.py" line="331"/>
        <source>For the mediator</source>
        <translation>Pour le médiateur</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../ui/screens/search.py" line="97"/>
        <source>Find a procedure</source>
        <extracomment>Words residents often say at the desk: one tap fills the search. The room a suggested word&apos;s button gets at 1920x1080: fewer per row on a narrow screen. What the results shown were found for; whether Enter waits for the next results.</extracomment>
        <translation>Trouver une démarche</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="106"/>
        <source>Type a word, for example: health, CAF, passport</source>
        <translation>Tapez un mot, par exemple : santé, CAF, passeport</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="107"/>
        <source>Search</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="108"/>
        <source>Or tap a word:</source>
        <translation>Ou touchez un mot :</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="109"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/search.py" line="172"/>
        <source>Nothing found. Try another word, or go back to the home screen.</source>
        <translation>Rien trouvé. Essayez un autre mot, ou revenez à l&apos;accueil.</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="46"/>
        <source>Are you still there?</source>
        <translation>Vous êtes toujours là ?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="47"/>
        <source>Everything will be cleared in %1 seconds.</source>
        <translation>Tout sera effacé dans %1 secondes.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="48"/>
        <source>Yes, I am here</source>
        <translation>Oui, je suis là</translation>
    </message>
</context>
<context>
    <name>TakeawayScreen</name>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="127"/>
        <source>Take it with me</source>
        <extracomment>Width of each QR code&apos;s column; the codes grow with the height left to them (about 550 px at 1920x1080), enough for 4 screen pixels a module on the densest checklist.</extracomment>
        <translation>Emporter la liste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="241"/>
        <source>Your checklist on your phone (no internet needed)</source>
        <translation>Votre liste sur votre téléphone (sans internet)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="242"/>
        <source>QR code of your checklist</source>
        <translation>QR code de votre liste</translation>
    </message>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="243"/>
        <source>The official website</source>
        <translation>Le site officiel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="244"/>
        <source>QR code of the official website</source>
        <translation>QR code du site officiel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/takeaway.py" line="249"/>
        <source>This procedure is no longer in the catalogue.</source>
        <translation>Cette démarche n&apos;est plus dans le catalogue.</translation>
    </message>
</context>
</TS>
