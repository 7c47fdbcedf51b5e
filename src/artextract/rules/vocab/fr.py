"""French: how French pages say each concept of the vocabulary (see __init__.py)."""

LANGUAGE = "fr"

PHRASES: dict[str, tuple[str, ...]] = {
    "related": ("sur le même sujet",
                "sur le même thème", "dans la même rubrique", "articles similaires", "articles liés",
                "articles connexes", "vous aimerez aussi", "vous aimerez peut-être aussi", "vous pourriez aussi aimer",
                "à découvrir", "a découvrir", "à découvrir aussi", "recommandé pour vous", "nos recommandations",
                # traf-dev fit: "Articles en relation" over tdg.ch's teasers; en and de say the same
                "articles en relation", "(articles|contenus|sujets) associés",
                "vous pourriez (aussi|également) être intéressé par (les articles suivants|ces articles|ces produits)",
                "(articles|sujets) populaires sur le même (sujet|thème)"),
    "site_sections": ("dernières actualités", "derniers articles", "en ce moment", "à ne pas manquer", "à la une",
                      "l'actu en continu", "en continu"),
    "most_read": ("les plus lus", "les plus lues", "les plus populaires", "articles les plus lus", "le plus lu",
                  "commentaires récents", "derniers commentaires",  # a blog's widget of the latest comments (see en)
                  "les plus partagés", "les plus commentés", "tendances",
                  "(articles|sujets) tendance", "en tendance"),  # (see en's "trending stories")
    "more_from": ("plus de …", "toute l'actualité …", "tous les articles …", "d'autres articles …",
                  "autres articles …", "plus d'articles …",
                  # an author archive's link (en's "read more posts by …")
                  "voir tous les articles (de|par) …", "lire plus d'articles de …"),
    "read_also": ("lire aussi", "à lire aussi", "a lire aussi", "à lire également", "à voir aussi", "voir aussi",
                  "lire", "lire la suite",
                  "à lire", "a lire", "à voir", "à écouter", "en savoir plus"),
    "comments": ("commentaires", "(aucun|pas de|pas encore de) commentaire(s|)", "réactions", "vos réactions", "laisser un commentaire", "ajouter un commentaire",
                 "laissez un commentaire", "écrire un commentaire", "écrivez un commentaire",
                 "laisser une réponse",
                 # the comment form's notices (as en's)
                 "votre adresse (e-mail|de messagerie) ne sera pas publiée",
                 "votre adresse (e-mail|de messagerie) ne sera pas publiée. les champs obligatoires sont indiqués avec",
                 "vous devez être connecté pour publier un commentaire"),
    "forum_chrome": ("commenter", "répondre", "réagir", "citer", "signaler"),
    "thread_starter": ("auteur de la discussion", "auteur du sujet", "démarré par", "initié par", "lancé par"),
    "other_date": ("inscrit", "inscrit le", "inscription", "membre depuis", "modifié", "modifié le", "dernière modification", "édité", "édité le"),
    "share": ("partager", "partager cet article", "partager sur facebook", "partager sur twitter", "tweeter",
              "envoyer par e-mail", "envoyer par mail", "copier le lien", "suivez-nous",
              # en's "follow": the button beside an author's or a topic's name (see es.py)
              "suivre",
              # a blog platform's share and like buttons under every post ("Partagez ceci :", "J'aime chargement…")
              "partagez ceci", "j'aime chargement",
              # en's "follow us on" and "share this article": the social bar's label on a line of its own
              "suivez-nous sur", "(partagez|partager) (cet article|cette page|cette histoire)"),
    "link_prompt": ("en savoir plus", "cliquez ici", "lire la suite", "acheter maintenant"),
    "share_prompt": ("(cliquez|cliquer) pour (partager|imprimer|envoyer)",),
    "tools": ("imprimer", "enregistrer", "sauvegarder", "écouter", "écouter l'article", "taille du texte", "offrir",
              "imprimer (la page|cette page|l'article|cet article)", "version imprimable", "lire plus tard"),
    "newsletter": ("newsletter", "s'abonner", "abonnez-vous", "je m'abonne", "s'inscrire", "inscrivez-vous",
                   "se connecter", "connexion", "mon compte", "déconnexion", "faire un don"),
    # a button's call to act now, on a line of its own
    "call_to_action": ("(commander|acheter|réserver|télécharger|essayer|donner|adhérer|s'inscrire|s’inscrire|s'abonner|s’abonner) maintenant",
                       "je (fais un don|donne|m'abonne|m’abonne|m'inscris|m’inscris|commande|réserve|soutiens|adhère)"),
    "advertising": ("publicité", "annonce", "contenu sponsorisé", "sponsorisé", "contenu partenaire"),
    "navigation": ("vous êtes ici", "accueil", "menu", "rechercher", "recherche", "retour", "retour en haut", "haut de page",
                   "aller au contenu", "article suivant", "article précédent", "suivant", "précédent",
                   "plan du site", "navigation",
                   # a blog theme's label over the links to the previous and next post (as en's)
                   "navigation des articles", "navigation de l'article"),
    "legal": ("mentions légales", "politique de confidentialité", "conditions générales", "cgu", "cgv", "contact",
              "nous contacter", "qui sommes-nous", "tous droits réservés", "données personnelles", "accessibilité"),
    "consent": ("gestion des cookies", "paramètres des cookies", "tout accepter", "accepter", "refuser",
                "tout refuser", "j'accepte", "continuer sans accepter",
                # a consent plugin's placeholder where an embed was (see en.py): its buttons
                "charger (la vidéo|le contenu|la publication|la carte|le podcast|le contenu externe)",
                "cliquez pour charger (la vidéo|le contenu)",
                # ... and its button that lifts the block for good (en "Always unblock YouTube")
                "toujours débloquer …"),
    "tags": ("mots-clés", "mots clés", "tags", "étiquettes", "thèmes", "sujets", "thématiques",
             "(thèmes|sujets) de cet article"),
    # WordPress's post footer: "Cette entrée a été publiée dans X, avec comme mot(s)-clef(s) Y",
    # "Ce contenu a été publié dans X. Vous pouvez le mettre en favoris avec ce permalien."
    "post_filed": ("cette entrée a été publiée …", "ce contenu a été publié (dans|le|par) …"),
    "post_link": ("(précédent|suivant)", "(article|billet|message|post) (précédent|suivant)"),
    "author_box": ("à propos de l'auteur", "l'auteur", "sur l'auteur", "à propos de l'autrice"),
    "sources": ("sources", "source", "références", "bibliographie", "pour aller plus loin", "notes et références"),
    "rating": ("cet article vous a-t-il été utile", "avez-vous trouvé cet article utile", "as-tu trouvé cet article utile", "noter cet article", "évaluez ceci"),
    "page_feedback": ("envoyer des commentaires", "donner votre avis", "cette page vous a-t-elle été utile", "cette page vous a-t-elle aidé", "avez-vous trouvé ce que vous cherchiez"),
    "controls": ("fermer", "voir plus", "afficher plus", "charger plus", "voir tout", "lire la suite", "chargement",
                 "photo", "vidéo", "galerie", "agrandir", "plein écran", "en savoir plus", "lire la vidéo"),
    "whole_list": ("voir (tout|tous|toutes) …",),  # (en "see all …")
    "contents": ("sommaire", "table des matières", "au sommaire", "dans cet article", "sur cette page"),
    "byline_label": ("par", "auteur", "auteure", "autrice", "auteurs", "(écrit|publié|rédigé|créé) par", "un article (de|par)", "article (écrit|rédigé) par"),
    "date_label": ("mis à jour", "mis à jour le", "publié", "publié le", "dernière mise à jour", "modifié le"),
    "key_points": ("en bref", "l'essentiel", "l'essentiel en bref", "à retenir",
                   "ce qu'il faut retenir", "ce qu'il faut savoir", "(les |)points clés", "en résumé",
                   "résumé", "les points les plus importants",
                   "en un coup d'(œ|oe)il", "l'essentiel à retenir", "les points essentiels", "en quelques mots",
                   # the "key facts" box (en "key facts", de "die wichtigsten Fakten", es "datos clave", pl "najważniejsze fakty")
                   "(les |)faits clés", "les faits essentiels"),
    "support_appeal": ("offrez-moi un café", "offre-moi un café", "soutenez-nous", "soutenez (mon|notre) travail",
                       "(me|nous) soutenir (sur|via) (tipeee|patreon|ko-fi|paypal)"),
    "house_promo": ("directement dans votre boîte", "soutenez notre journalisme", "notre chaîne (youtube|telegram|whatsapp)", "notre newsletter", "notre application",
                    "abonnez-vous à notre", "écrivez-nous", "suivez-nous sur", "courrier des lecteurs"),
    # the comment form's sign-in notice (WordPress: "Vous devez vous connecter pour publier un commentaire.")
    "comment_gate": ("(vous devez|tu dois) (vous connecter|te connecter|être connecté|être connectée|être inscrit|être inscrite|être abonné|être abonnée) pour (publier|poster|laisser|écrire|ajouter) un commentaire",
                     "pour (commenter|pouvoir commenter|réagir|pouvoir réagir), (vous devez|tu dois|il faut)",
                     "(connectez-vous|identifiez-vous|abonnez-vous) pour (commenter|réagir)"),
    "comment_sign_in": ("vous commentez à l'aide de votre", "cliquez sur une icône pour vous connecter"),
    "site_licence": ("sauf mention contraire", "contenu de ce site est", "sous licence creative commons"),
    "page_updated": ("cette page a été modifiée pour la dernière fois", "dernière modification de cette page"),
    "site_disclaimer": ("ne (reflète|reflètent) pas (nécessairement|forcément)", "décline toute responsabilité", "n'engagent que (leur auteur|leurs auteurs)"),
    "newsletter_pitch": ("directement dans votre boîte (mail|e-mail|de réception)", "(nouveaux |)articles par (e-mail|email|courriel)"),
    # XenForo: "Vous devez vous connecter ou vous inscrire pour répondre ici."
    "reply_gate": ("(connecter|inscrire|identifier) pour (répondre|commenter|poster une réponse)",),
    "paywall": ("(réservé|réservée|réservés|réservées) aux abonnés", "déjà abonné", "abonnez-vous pour (lire|continuer)",
                "pour lire la suite"),
    "browser_notice": ("votre navigateur (est obsolète|n'est pas à jour|n'est plus à jour|n'est plus pris en charge|n'est plus supporté|n'est pas pris en charge|n'est pas supporté)", "(mettez|veuillez mettre) à jour votre navigateur", "vous utilisez un navigateur (obsolète|ancien|non supporté)"),
    "affiliate": ("lien(s|) d'affiliation", "lien(s|) affilié(s|)", "liens sponsorisés", "(nous percevons|nous touchons|nous recevons) une (petite |)commission",
                  # the passive and the thanks of the same notice (the English ones: upgradedpoints.com, cleverhiker.com, fit)
                  "nous (pouvons|pourrions) (être rémunérés|percevoir une rémunération)",
                  "en achetant (via|par) (ces|nos) liens(,|) vous (nous soutenez|soutenez notre travail)"),
    "picture_credit": ("photo", "photos", "image", "images", "photo d'archives"),
    "courtesy_credit": ("avec l'aimable autorisation de", "gracieuseté de", "courtoisie de"),
    "picture_place": ("ci-dessus", "ci-dessous", "en (haut|bas)", "à (gauche|droite)", "sur la photo", "sur l'image", "de gauche à droite"),
    "archive_picture": ("archives", "photo d'archives", "image d'archives"),
    # the reader's consent on a form (form_consent): "J'ai lu et j'accepte la politique de confidentialité"
    "form_consent": ("j'ai lu et (j'accepte|accepte)", "j'accepte (la politique de confidentialité|les conditions générales)",
                     "vous acceptez la politique de confidentialité de",
                     # the form's notice of what becomes of the data typed into it
                     "en (utilisant|soumettant|envoyant|remplissant) ce formulaire(,|) vous (acceptez|consentez|reconnaissez)",
                     "en cliquant ci-dessous pour (vous inscrire|envoyer ce formulaire)(,|) vous reconnaissez",
                     "si vous nous (envoyez|adressez) des demandes (via|par) (le|notre) formulaire de contact"),
}
