"""Spanish: how Spanish pages say each concept of the vocabulary (see __init__.py)."""

LANGUAGE = "es"

PHRASES: dict[str, tuple[str, ...]] = {
    "related": ("(artículos|noticias|notas|entradas|publicaciones) relacionad(os|as)", "contenido relacionado",
                # en's "keep reading" over other stories' titles, in tú, vos and usted ("Seguí leyendo":
                # traf-dev fit lanacion.com.ar); "seguir leyendo", the button, stays a control
                "(sigue|seguí|siga) leyendo",
                "relacionado", "relacionados", "relacionadas", "te puede interesar", "también te puede interesar",
                "te puede interesar también", "le puede interesar", "también le puede interesar", "quizás le interese",
                "puede interesarle", "le recomendamos", "quizás te interese", "puede interesarte", "te recomendamos",
                "recomendados", "recomendado para ti", "más noticias", "otras noticias"),
    "site_sections": ("últimas noticias", "no te lo pierdas", "lo último", "portada", "destacados"),
    "most_read": ("lo más leído", "lo más visto", "más leídas", "más leídos", "más leído", "más vistos",
                  "comentarios recientes", "últimos comentarios",  # a blog's widget of the latest comments (see en)
                  "lo más popular", "tendencias",
                  "(temas|artículos|noticias) en tendencia"),  # (see en's "trending stories")
    "more_from": ("más (de|en|sobre) …", "otras noticias (de|sobre) …", "últimas noticias (de|sobre) …",
                  # an author archive's link (en's "read more posts by …")
                  "más artículos de …", "ver todos los artículos de …", "otros artículos de …"),
    "read_also": ("lee también", "lea también", "leer también", "lee", "lea", "ver también", "vea también",
                  "lea más", "leer más", "te puede interesar", "también lee", "relacionado", "mira también",
                  # "MIRA: <title>", "Mire: <title>" (look: as en's "watch", pt's "veja"): soy502.com,
                  # diaadia.com.pa (traf-dev fit half), a line of its own in the text or under it
                  "mira", "mire"),
    "comments": ("comentarios", "(aún |todavía |)(no hay|sin) comentarios", "deja un comentario", "deja tu comentario", "dejar un comentario",
                 "deje un comentario", "deje su comentario", "escribe un comentario", "escriba un comentario",
                 "añadir comentario", "deja una respuesta",
                 # the comment form's notices (as en's)
                 "tu (dirección de correo electrónico|correo electrónico) no será publicad(a|o)",
                 "tu (dirección de correo electrónico|correo electrónico) no será publicad(a|o). los campos obligatorios están marcados con",
                 "debes (estar conectado|haber iniciado sesión) para publicar un comentario"),
    "forum_chrome": ("comentar", "responder", "citar", "denunciar"),
    "thread_starter": ("autor del tema", "iniciado por", "tema iniciado por"),
    "other_date": ("registrado", "miembro desde", "se unió", "fecha de ingreso", "editado", "última edición", "modificado"),
    "share": ("compartir", "comparte", "compartir en facebook", "compartir en twitter", "enviar por correo",
              "copiar enlace", "tuitear", "síguenos",
              # en's "follow": the button beside an author's or a topic's name, which raw text runs into the
              # name ("Seguir Medellín", wcxb-dev fit eltiempo.com; en: instructables.com, traf-dev linkedin.com)
              "seguir",
              # a blog platform's share and like buttons under every post ("Comparte esto:", "Me gusta Cargando...")
              "comparte esto", "compartir esto", "me gusta cargando",
              # en's "follow us on" and "share this article": the social bar's label on a line of its own
              # (wcxb-dev fit: "Síguenos en" on elpais.com, eltiempo.com)
              "síguenos en", "(comparte|compartir) (este artículo|esta noticia|esta historia|esta página)"),
    "link_prompt": ("(haz|haga|pulsa) clic aquí", "pulsa aquí", "comprar ahora"),
    "share_prompt": ("(haz|haga|hacer) clic para (compartir|imprimir|enviar)",),
    "tools": ("imprimir", "guardar", "escuchar", "escuchar noticia", "tamaño de letra",
              "imprimir (la página|esta página|el artículo|artículo)", "versión (para imprimir|imprimible)", "leer (más tarde|después)"),
    "newsletter": ("newsletter", "boletín", "suscríbete", "suscribirse", "suscríbete al boletín", "regístrate",
                   "iniciar sesión", "mi cuenta", "cerrar sesión", "suscripción"),
    # a button's call to act now, on a line of its own
    "call_to_action": ("(compra|cómpralo|pide|reserva|descarga|dona|suscríbete|regístrate|únete|pruébalo) (ahora|ya|hoy)",
                       "(comprar|reservar|descargar|donar) ahora", "haz (tu|una) donación"),
    "advertising": ("publicidad", "anuncio", "contenido patrocinado", "patrocinado"),
    "navigation": ("usted está aquí", "estás aquí", "inicio", "portada", "menú", "buscar", "búsqueda", "volver", "volver arriba", "ir arriba",
                   "siguiente", "anterior", "artículo siguiente", "artículo anterior", "noticia siguiente",
                   "noticia anterior", "mapa del sitio", "ir al contenido",
                   # a blog theme's label over the links to the previous and next post (as en's)
                   "navegación de entradas", "navegación de la entrada"),
    "legal": ("aviso legal", "política de privacidad", "política de cookies", "términos y condiciones",
              "condiciones de uso", "contacto", "contáctenos", "quiénes somos", "todos los derechos reservados"),
    "consent": ("aceptar", "aceptar todas", "aceptar todo", "rechazar", "configurar cookies", "configuración de cookies",
                # a consent plugin's placeholder where an embed was (see en.py): its buttons
                "cargar (el |)(vídeo|video|contenido|mapa|podcast|contenido externo)",
                "haz clic para cargar (el |)(vídeo|video|contenido)",
                # ... and its button that lifts the block for good (en "Always unblock YouTube")
                "desbloquear siempre …"),
    "tags": ("etiquetas", "temas", "tags", "palabras clave", "temas relacionados",
             "temas de (este|esta) (artículo|noticia)"),
    # WordPress's post footer: "Esta entrada fue publicada en X y etiquetada Y. Guarda el enlace permanente."
    "post_filed": ("esta entrada (fue publicada|se publicó) …",),
    "post_link": ("(anterior|siguiente)", "(entrada|artículo|publicación|post) (anterior|siguiente)",
                  "(próximo|próxima)", "(próximo|próxima) (entrada|artículo|publicación|post)"),
    "author_box": ("sobre el autor", "acerca del autor", "sobre la autora"),
    "sources": ("fuentes", "fuente", "referencias", "bibliografía"),
    "rating": ("¿te ha resultado útil", "valora este artículo", "te ha resultado útil", "¿le ha resultado útil", "le ha resultado útil", "califica esto"),
    "page_feedback": ("enviar comentarios", "¿te ha resultado útil esta página", "te ha resultado útil esta página", "¿esta página te ha sido útil", "esta página te ha sido útil", "¿encontraste lo que necesitabas", "encontraste lo que necesitabas"),
    "controls": ("cerrar", "ver más", "cargar más", "leer más", "seguir leyendo", "ver todo", "cargando", "foto",
                 "vídeo", "video", "galería", "ampliar", "pantalla completa", "reproducir (el |)(vídeo|video)"),
    "whole_list": ("ver (todo|todos|todas) …",),  # (en "see all …")
    "contents": ("índice", "contenido", "contenidos", "tabla de contenidos", "en este artículo", "en esta página"),
    "byline_label": ("por", "autor", "autora", "autores", "(escrito|publicado|redactado|creado) por", "un artículo de", "artículo (escrito|redactado) por"),
    "date_label": ("actualizado", "actualizado el", "publicado", "publicado el", "última actualización",
                   "fecha de publicación"),
    "key_points": ("lo más importante", "claves", "las claves", "(los |)puntos clave", "en resumen", "resumen",
                   "en breve", "lo que (debes|hay que|tienes que) saber", "datos clave",
                   "en síntesis", "de un vistazo", "lo esencial", "en pocas palabras", "puntos principales"),
    "support_appeal": ("invítame a un café", "apóyanos", "apoya (mi|nuestro) trabajo", "apóyame en (patreon|ko-fi)"),
    "house_promo": ("directamente en tu correo", "apoya nuestro periodismo", "(nuestro|el) canal de (telegram|youtube|whatsapp)", "tenemos canal de",
                    "(nuestra|nuestro) (newsletter|boletín)", "puede escribirnos", "escríbenos", "síguenos en",
                    "(descarga|descargue) (nuestra|la) app", "nuestra aplicación", "carta al director"),
    # the comment form's sign-in notice (WordPress: "Debes estar conectado para publicar un comentario."; traf-dev
    # fit: "Para comentar debes registrarte ..." on panamaamerica.com.pa, diaadia.com.pa, "Ahora para comentar
    # debés tener Acceso Digital" on lanacion.com.ar)
    "comment_gate": ("para (comentar|poder comentar) (debes|debés|debe|tienes que|tenés que|tiene que|necesitas|necesitás|necesita|es necesario)",
                     "(debes|debés|debe|tienes que|tenés que|tiene que) (estar conectado|iniciar sesión|estar registrado|registrarte|registrarse) para (publicar|dejar|escribir|hacer) un comentario",
                     "(inicia sesión|iniciá sesión|regístrate|registrate) para comentar"),
    "comment_sign_in": ("estás comentando usando tu cuenta", "haz clic en un icono para iniciar sesión"),
    "site_licence": ("salvo que se indique lo contrario", "contenido de este sitio está", "bajo una licencia creative commons"),
    "page_updated": ("esta página (se editó|se modificó|fue modificada|fue editada|fue actualizada) por última vez",),
    "site_disclaimer": ("no (refleja|reflejan) necesariamente", "no se hace responsable de (las opiniones|los contenidos|el contenido)"),
    "newsletter_pitch": ("directamente en tu (correo|bandeja de entrada)", "(nuevos |)(artículos|posts) por (e-mail|email|correo)"),
    # XenForo: "Debes iniciar sesión o registrarte para responder aquí."
    "reply_gate": ("(iniciar sesión|registrarte|registrarse|identificarte) para (responder|comentar)",),
    "paywall": ("(exclusivo|exclusiva) para (suscriptores|abonados)", "ya (eres|es) (suscriptor|abonado)",
                "(suscríbete|suscribete|regístrate|registrate) para (seguir|continuar) leyendo", "para (seguir|continuar) leyendo"),
    "browser_notice": ("(tu|su) navegador (está desactualizado|es antiguo|no es compatible|no está soportado|ya no es compatible)", "(actualiza|actualice) (tu|su) navegador", "(estás|está) (usando|utilizando) un navegador (obsoleto|desactualizado|antiguo)"),
    "affiliate": ("enlaces de afiliados", "enlaces de afiliación", "enlace de afiliado",
                  "(recibimos|podemos recibir|obtenemos|ganamos) una (pequeña |)comisión",
                  # the passive and the thanks of the same notice (the English ones: upgradedpoints.com, cleverhiker.com, fit)
                  "(podemos|podríamos) (recibir una compensación|ser compensados)",
                  "(comprar|comprando) a través de (estos|nuestros) enlaces (nos apoya|apoya nuestro trabajo)"),
    "picture_credit": ("foto", "fotos", "imagen", "imágenes", "foto de archivo"),
    "courtesy_credit": ("cortesía", "cortesía de", "gentileza de"),
    "picture_place": ("arriba", "abajo", "a la (izquierda|derecha)", "en la (imagen|foto)", "de izquierda a derecha"),
    "archive_picture": ("archivo", "foto de archivo", "imagen de archivo"),
    # the reader's consent on a form (form_consent): "He leído y acepto la política de privacidad"
    "form_consent": ("he leído y acepto", "acepto (la política de privacidad|los términos y condiciones|el aviso de privacidad)",
                     "he leído (la política de privacidad|el aviso de privacidad)",
                     # the form's notice of what becomes of the data typed into it
                     "al (utilizar|usar|enviar|rellenar|completar) este formulario(,|) (aceptas|acepta|usted acepta|consientes|consiente)",
                     "al hacer clic (abajo|a continuación) para (suscribirte|suscribirse|enviar este formulario)(,|) (reconoces|usted reconoce)",
                     "si nos (envía|envías) (consultas|solicitudes) (a través del|mediante el|por el) formulario de contacto"),
}
