"""Generate samples/conseil-quartier.docx, a sample Word transcript for confsynth.

Fictional neighbourhood council meeting (all person names are invented).
Layout mimics a lightly cleaned town-hall transcript typed in Word:

* "Title" style for the title, "Normal" for everything else, a few "Heading 2"
  agenda items;
* each new turn starts with the speaker label in a bold run ending with a colon
  ("Mme Sylvie Marchand (adjointe au maire) :"), followed by the text in a plain run;
* some paragraphs continue the previous speaker and carry no label;
* one speaker is anonymised ("Intervenant 2 :"), one audience member is "Une habitante :";
* one label uses a non-breaking space before the colon, as French Word autocorrect does.

Run:  python samples/make_conseil_quartier_docx.py  (writes next to this script)
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.shared import Pt

NBSP = "\u00a0"

TITLE = "Conseil de quartier Bellevue – Les Tilleuls"
SUBTITLE = (
    "Séance plénière du jeudi 14 mars 2024, 19 h, salle polyvalente de l’école Jules-Ferry. "
    "Transcription de l’enregistrement, relue par le secrétariat du conseil."
)

# (kind, label, text): kind is "h" (heading), "p" (paragraph). label None = same speaker continues.
CONTENT: list[tuple[str, str | None, str]] = [
    ("p", "M. Patrick Loiseau (co-président du conseil de quartier) :",
     "Bon, bonsoir à tous, on va commencer, il est déjà sept heures dix. Merci d’être venus aussi nombreux, "
     "je crois qu’on n’a jamais eu autant de monde, il a fallu rajouter des chaises. Je rappelle que la séance "
     "est enregistrée pour le compte rendu, donc quand vous prenez la parole, essayez de dire votre nom, "
     "ou au moins d’où vous venez dans le quartier. On a trois points à l’ordre du jour : le square des Tilleuls, "
     "la sécurité devant l’école, et le budget participatif. Et on finira par les questions diverses."),
    ("p", None,
     "Je laisse tout de suite la parole à Mme Marchand, adjointe au maire chargée de la démocratie locale, "
     "qui est venue nous présenter le projet de la Ville pour le square."),
    ("h", None, "1. Réaménagement du square des Tilleuls"),
    ("p", "Mme Sylvie Marchand (adjointe au maire) :",
     "Merci monsieur Loiseau, bonsoir à toutes et à tous. Alors, le square des Tilleuls, vous le connaissez "
     "mieux que moi. Il a été aménagé il y a plus de trente ans, les jeux pour enfants ne sont plus aux normes, "
     "deux d’entre eux ont été fermés l’été dernier, et l’éclairage est très insuffisant le soir. "
     "La Ville a inscrit le réaménagement au budget de l’année prochaine, pour un montant d’environ "
     "quatre cent mille euros."),
    ("p", None,
     "Ce que je veux vous dire ce soir, c’est que rien n’est décidé sur le contenu. On a une enveloppe, "
     "on a un calendrier, mais on veut que le projet soit construit avec les habitants. Concrètement, "
     "on propose deux ateliers sur place, un samedi matin en avril et un mercredi après-midi pour que les "
     "enfants puissent venir, et un questionnaire qui sera distribué dans les boîtes aux lettres et en ligne."),
    ("p", "Mme Fatou Diallo (parents d’élèves, école Jules-Ferry) :",
     "Oui, bonsoir. Je représente les parents d’élèves de Jules-Ferry. D’abord, merci, parce que ça fait "
     "des années qu’on le demande. Mais les ateliers, le samedi matin, beaucoup de parents travaillent, "
     "notamment ceux qui font les marchés ou qui sont dans le commerce. Est-ce qu’on pourrait aussi faire "
     "quelque chose à la sortie de l’école, vers seize heures trente ? C’est là qu’on a tous les parents."),
    ("p", None,
     "Et deuxième chose, les enfants. Ce sont eux les premiers utilisateurs. Les enseignantes sont d’accord "
     "pour faire dessiner les classes de CM1 et CM2 sur leur square idéal, si la Ville s’engage à en tenir compte "
     "vraiment, pas juste à accrocher les dessins en mairie."),
    ("p", "Mme Sylvie Marchand (adjointe au maire) :",
     "C’est une très bonne idée, on la prend. Un temps d’échange à la sortie de l’école, c’est tout à fait "
     "faisable, je le note. Et pour les dessins, je m’engage à ce que le paysagiste les reçoive et qu’il explique "
     "aux enfants ce qu’il en a retenu."),
    ("p", "Intervenant 2 :",
     "Oui, moi j’habite rue des Acacias, juste en face du square. Je ne suis pas contre le projet, hein, "
     "mais le problème du square aujourd’hui, ce n’est pas les jeux, c’est le soir. Il y a des regroupements "
     "jusqu’à deux ou trois heures du matin, de la musique, des scooters. Si vous refaites un beau square "
     "sans régler ça, ça ne servira à rien."),
    ("p", None,
     "Et je voudrais savoir si on a prévu de le fermer la nuit, avec des grilles, comme ça se fait ailleurs."),
    ("p", "Mme Sylvie Marchand (adjointe au maire) :",
     "Je comprends tout à fait, et vous n’êtes pas le seul à nous l’avoir signalé. La fermeture la nuit fait "
     "partie des options, mais je vous dis honnêtement qu’elle ne fait pas l’unanimité, parce que le square "
     "sert aussi de passage. On va mettre la question dans le questionnaire. Pour l’éclairage, en revanche, "
     "c’est acquis, il sera entièrement refait. Et j’ai demandé que la police municipale passe plus "
     "régulièrement en soirée dès maintenant, sans attendre les travaux."),
    ("h", None, "2. Sécurité aux abords de l’école et circulation rue Victor-Hugo"),
    ("p", "M. Patrick Loiseau (co-président du conseil de quartier) :",
     "On passe au deuxième point, qui est lié d’ailleurs, la sécurité devant l’école. Mme Petit, du service voirie, "
     "est là pour nous présenter les résultats des comptages."),
    ("p", f"Mme Laura Petit (service voirie, Ville){NBSP}:",
     "Bonsoir. Alors, suite à la demande du conseil de quartier l’an dernier, on a posé des compteurs rue "
     "Victor-Hugo pendant deux semaines en novembre. On a compté en moyenne un peu plus de trois mille "
     "véhicules par jour, ce qui est beaucoup pour une rue de ce gabarit, et surtout une part importante de "
     "véhicules qui dépassent les trente kilomètres heure aux heures d’entrée et de sortie des classes."),
    ("p", None,
     "Le service propose trois mesures. Un plateau surélevé devant l’entrée de l’école, un passage piéton "
     "supplémentaire au niveau de la boulangerie, et une expérimentation de « rue aux écoles », c’est-à-dire "
     "la fermeture de la portion devant l’école à la circulation motorisée un quart d’heure avant et après les "
     "horaires d’entrée et de sortie."),
    ("p", "M. Hervé Guillot (Union des commerçants Bellevue) :",
     "Alors là je suis obligé de réagir. Le plateau, le passage piéton, très bien, personne n’est contre la "
     "sécurité des enfants. Mais la fermeture de la rue, même un quart d’heure, pour nous les commerçants, "
     "c’est les livraisons qui sont bloquées, c’est les clients qui ne peuvent plus se garer. La boulangerie "
     "fait une bonne partie de son chiffre le matin justement à cette heure-là."),
    ("p", None,
     "Je demande juste qu’on soit associés, qu’on regarde les horaires de livraison avec nous avant de décider."),
    ("p", "Mme Fatou Diallo (parents d’élèves, école Jules-Ferry) :",
     "Je comprends monsieur Guillot, et on n’est pas contre les commerçants, au contraire, on est vos clients. "
     "Mais il y a eu deux accrochages l’an dernier devant l’école, dont un avec un enfant de CP. Les parents "
     "sont inquiets. Un quart d’heure, le matin et le soir, ça nous paraît quand même raisonnable."),
    ("p", f"Mme Laura Petit (service voirie, Ville){NBSP}:",
     "Justement, c’est pour ça qu’on propose une expérimentation et pas une mesure définitive. On ferait trois "
     "mois, d’avril à juin, avec un bilan en conseil de quartier à la rentrée. Et on peut tout à fait organiser "
     "une réunion spécifique avec les commerçants de la rue pour caler les livraisons."),
    ("p", "Une habitante :",
     "Juste une remarque, les vélos. Si on ferme aux voitures, est-ce qu’on laisse passer les vélos ? Parce que "
     "beaucoup de parents emmènent leurs enfants à vélo maintenant, et il n’y a aucun arceau devant l’école."),
    ("p", f"Mme Laura Petit (service voirie, Ville){NBSP}:",
     "Oui, les vélos et les piétons pourront passer, bien sûr. Et les arceaux, c’est noté, on peut en poser "
     "rapidement, ce n’est pas un gros investissement."),
    ("h", None, "3. Budget participatif 2024"),
    ("p", "M. Patrick Loiseau (co-président du conseil de quartier) :",
     "Dernier gros point, le budget participatif. Je rappelle le principe pour les nouveaux : chaque année, "
     "la Ville consacre une enveloppe à des projets proposés et votés par les habitants. Pour notre quartier, "
     "l’an dernier, on a eu deux projets retenus, les jardinières de la place du Marché et la boîte à livres "
     "devant la médiathèque. Cette année, le dépôt des projets est ouvert jusqu’au 30 avril."),
    ("p", None,
     "Le bureau du conseil a déjà reçu quelques idées, je vous les cite : un composteur collectif, un terrain "
     "de pétanque rénové, et une fresque sur le mur du gymnase avec les jeunes du centre social. Toutes les "
     "idées sont bienvenues, et on peut vous aider à remplir le dossier, on tient une permanence le premier "
     "samedi du mois."),
    ("p", "Intervenant 2 :",
     "Pour le composteur, il y en avait un à la résidence des Peupliers et il a été enlevé parce que personne "
     "ne s’en occupait. Il faut prévoir des référents, sinon ça recommence."),
    ("p", "Mme Sylvie Marchand (adjointe au maire) :",
     "Vous avez raison, et c’est d’ailleurs une condition du règlement : un projet de composteur doit avoir "
     "au moins trois habitants référents formés. La Ville prend en charge la formation, qui dure une demi-journée. "
     "Je voudrais aussi insister sur un point : le vote est ouvert à tous les habitants à partir de onze ans, "
     "sans condition de nationalité. On aimerait vraiment que les jeunes votent cette année, "
     "l’an dernier la participation était trop faible."),
    ("h", None, "4. Questions diverses"),
    ("p", "M. Hervé Guillot (Union des commerçants Bellevue) :",
     "Oui, une question sur le marché du mercredi. Depuis janvier, il y a moins de commerçants non sédentaires, "
     "et on a l’impression que la place se vide. Est-ce que la Ville a prévu quelque chose pour le relancer ? "
     "Parce que quand le marché marche bien, c’est tout le quartier qui en profite."),
    ("p", "Mme Sylvie Marchand (adjointe au maire) :",
     "Je vais relayer la question à mon collègue chargé du commerce, je ne veux pas vous répondre n’importe quoi. "
     "Ce que je sais, c’est que deux emplacements sont libres et qu’un appel à candidatures va être lancé. "
     "On reviendra vers le conseil avec une réponse précise."),
    ("p", "Une habitante :",
     "Et la propreté, rue des Écoles, les encombrants qui restent sur le trottoir pendant des semaines..."),
    ("p", "Mme Sylvie Marchand (adjointe au maire) :",
     "Je note. Je rappelle qu’on peut signaler les dépôts sur l’application de la Ville, et que l’enlèvement "
     "est gratuit sur rendez-vous. Mais je transmets au service propreté pour la rue des Écoles en particulier."),
    ("p", "M. Patrick Loiseau (co-président du conseil de quartier) :",
     "Bien, il est presque neuf heures, on va s’arrêter là. Je récapitule les engagements pris ce soir : un temps "
     "d’échange sur le square à la sortie de l’école, la question de la fermeture nocturne dans le questionnaire, "
     "une réunion avec les commerçants avant l’expérimentation rue Victor-Hugo, et des arceaux vélo devant l’école. "
     "Le compte rendu sera envoyé à tous les inscrits. Prochaine séance en juin. Merci à tous, et bonne soirée."),
]


def build(path: Path) -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph(SUBTITLE, style="Normal")

    for kind, label, text in CONTENT:
        if kind == "h":
            doc.add_paragraph(text, style="Heading 2")
            continue
        p = doc.add_paragraph(style="Normal")
        if label:
            p.add_run(label).bold = True
            p.add_run(" " + text)
        else:
            p.add_run(text)

    doc.core_properties.title = TITLE
    doc.core_properties.author = "Secrétariat du conseil de quartier"
    doc.core_properties.language = "fr-FR"
    doc.core_properties.created = dt.datetime(2024, 3, 18, 9, 30)
    doc.core_properties.modified = dt.datetime(2024, 3, 18, 10, 5)
    doc.core_properties.last_modified_by = "Secrétariat du conseil de quartier"
    doc.save(str(path))


if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "conseil-quartier.docx"
    build(out)
    print(f"wrote {out}")
