"""Portuguese: how Portuguese pages say each concept of the vocabulary (see __init__.py)."""

LANGUAGE = "pt"

PHRASES: dict[str, tuple[str, ...]] = {
    "related": ("(artigos|notícias|posts|matérias) relacionad(os|as)", "relacionados", "relacionadas",
                "você também pode gostar", "você pode gostar", "pode interessar", "também pode interessar",
                "mais notícias", "recomendados", "recomendamos", "outras notícias"),
    "site_sections": ("últimas notícias", "destaques", "em destaque", "não perca"),
    "most_read": ("mais lidas", "mais lidos", "os mais lidos", "as mais lidas", "mais vistos", "mais populares",
                  "comentários recentes", "últimos comentários",  # a blog's widget of the latest comments (see en)
                  "em alta"),
    "more_from": ("mais (de|sobre|em) …", "outras notícias (de|sobre) …", "últimas (de|sobre) …",
                  # an author archive's link (en's "read more posts by …")
                  "mais artigos de …", "ver todos os artigos de …", "outros artigos de …"),
    "read_also": ("leia também", "leia mais", "veja também", "leia", "veja", "saiba mais", "confira",
                  "ler também"),
    "comments": ("comentários", "(ainda |)(sem|nenhum) comentário(s|)", "deixe um comentário", "deixe seu comentário", "deixe o seu comentário", "escreva um comentário", "deixe uma resposta",
                 # the comment form's notices (as en's)
                 "o seu endereço (de email|de e-mail|eletrónico) não será publicado",
                 "o seu endereço (de email|de e-mail|eletrónico) não será publicado. campos obrigatórios são marcados com",
                 "você precisa fazer o login para publicar um comentário"),
    "forum_chrome": ("comentar", "responder", "citar", "denunciar"),
    "thread_starter": ("autor do tópico", "iniciado por", "tópico iniciado por"),
    "other_date": ("membro desde", "registrado", "cadastrado", "entrou", "editado", "última edição", "modificado"),
    "share": ("compartilhar", "compartilhe", "partilhar", "partilhe", "compartilhar no facebook",
              "enviar por e-mail", "copiar link", "siga-nos",
              # en's "follow": the button beside an author's or a topic's name (see es.py)
              "seguir",
              # en's "follow us on" and "share this article": the social bar's label on a line of its own
              "siga-nos (no|nas|em)", "(compartilhe|compartilhar|partilhe|partilhar) (este artigo|esta notícia|esta página)"),
    "link_prompt": ("saiba mais", "clique aqui", "compre agora"),
    "share_prompt": ("(clique|clica) (aqui |)para (compartilhar|partilhar|imprimir|enviar)",),
    "tools": ("imprimir", "salvar", "ouvir", "ouvir notícia", "tamanho da fonte",
              "imprimir (a página|esta página|o artigo|artigo)", "versão para impressão", "ler (mais tarde|depois)"),
    "newsletter": ("newsletter", "assine", "assinar", "assine a newsletter", "inscreva-se", "cadastre-se",
                   "entrar", "minha conta", "sair"),
    # a button's call to act now, on a line of its own
    "call_to_action": ("(compre|encomende|reserve|baixe|descarregue|doe|assine|inscreva-se|experimente) (agora|já|hoje)",),
    "advertising": ("publicidade", "anúncio", "conteúdo patrocinado", "patrocinado"),
    "navigation": ("você está aqui", "início", "página inicial", "menu", "pesquisar", "buscar", "voltar", "voltar ao topo",
                   "próximo", "anterior", "próxima notícia", "notícia anterior", "mapa do site",
                   "ir para o conteúdo"),
    "legal": ("política de privacidade", "termos de uso", "termos e condições", "contato", "contacto",
              "fale conosco", "quem somos", "todos os direitos reservados", "expediente"),
    "consent": ("aceitar", "aceitar todos", "rejeitar", "configurações de cookies", "gerir cookies",
                # a consent plugin's placeholder where an embed was (see en.py): its buttons
                "carregar (o |)(vídeo|conteúdo|mapa|podcast|conteúdo externo)",
                # ... and its button that lifts the block for good (en "Always unblock YouTube")
                "desbloquear sempre …"),
    "tags": ("tags", "etiquetas", "temas", "assuntos", "palavras-chave", "tópicos"),
    # WordPress's post footer: "Esta entrada foi publicada em X e marcada Y. Adicione o link permanente aos seus favoritos."
    "post_filed": ("esta entrada foi publicada …",),
    "post_link": ("anterior", "(artigo|publicação|post|entrada) (anterior|seguinte)",
                  "(próximo|próxima)", "(próximo|próxima) (artigo|publicação|post)"),
    "author_box": ("sobre o autor", "sobre a autora"),
    "sources": ("fontes", "fonte", "referências", "bibliografia"),
    "rating": ("este artigo foi útil", "avalie este artigo"),
    "page_feedback": ("enviar feedback", "esta página foi útil", "essa página foi útil", "você encontrou o que precisava"),
    "controls": ("fechar", "ver mais", "carregar mais", "continuar lendo", "continue lendo", "ver tudo",
                 "carregando", "foto", "vídeo", "galeria", "ampliar", "tela cheia", "reproduzir (o |)vídeo"),
    "whole_list": ("ver (tudo|todos|todas) …",),  # (en "see all …")
    "contents": ("índice", "sumário", "conteúdo", "neste artigo", "nesta página"),
    "byline_label": ("por", "autor", "autora", "autores", "(escrito|publicado|criado) por", "um artigo de", "artigo escrito por"),
    "date_label": ("atualizado", "atualizado em", "publicado", "publicado em", "última atualização"),
    "key_points": ("em resumo", "resumo", "(os |)pontos(-| )chave", "pontos principais", "em poucas palavras",
                   "o que (você precisa|precisa de) saber", "o essencial", "destaques",
                   "em síntese", "principais pontos", "o mais importante",
                   # "in short" and "at a glance" (en "in short", "at a glance"; de "kurz gesagt", "auf einen Blick")
                   "em suma", "(num|de) relance",
                   # the "key facts" box (en "key facts", de "die wichtigsten Fakten", es "datos clave", pl "najważniejsze fakty")
                   "(os |)(fatos|factos) principais", "(fatos|factos)-chave", "principais (fatos|factos)"),
    "support_appeal": ("pague-me um café", "me pague um café", "apoie-nos", "apoie (o meu|meu|o nosso|nosso) trabalho"),
    "house_promo": ("diretamente no seu e-mail", "apoie nosso jornalismo", "nosso canal", "canal (do|no) (telegram|youtube|whatsapp)", "nossa newsletter",
                    "nosso aplicativo", "nossa app", "siga-nos", "escreva para nós", "carta ao leitor"),
    # the comment form's sign-in notice (WordPress: "Você precisa fazer o login para publicar um comentário.")
    "comment_gate": ("(você precisa|você deve|precisa|deve|é necessário|tem de|tens de) (fazer o login|fazer login|iniciar sessão|estar logado|estar conectado|estar registado|estar registrado) para (publicar|postar|deixar|fazer|escrever) um comentário",
                     "para (comentar|poder comentar)(,|) (você precisa|você deve|é necessário|precisa|deve|tem de|tens de)"),
    "comment_sign_in": ("você está comentando utilizando sua conta", "clique em um ícone para log in"),
    "site_licence": ("salvo indicação em contrário", "conteúdo deste site está", "licença creative commons"),
    "page_updated": ("esta página foi (editada|modificada|atualizada) pela última vez",),
    "site_disclaimer": ("não (reflete|refletem|reflecte|reflectem) necessariamente", "não se responsabiliza (pelas opiniões|pelo conteúdo|pelos conteúdos)"),
    "newsletter_pitch": ("diretamente (no seu e-mail|na sua caixa de entrada)", "(novos |)artigos por (e-mail|email)"),
    # XenForo: "Você precisa entrar ou se registrar para responder aqui."
    "reply_gate": ("(entrar|registrar|cadastrar|fazer login) para (responder|comentar)",),
    "paywall": ("(exclusivo|exclusiva|exclusivos) para assinantes", "já (é|és) assinante",
                "(assine|assina|registe-se|cadastre-se) para continuar (a ler|lendo)", "para continuar (a ler|lendo)"),
    "browser_notice": ("(o seu|seu) navegador (está desatualizado|não é mais suportado|não é suportado|não é compatível)", "(atualize|actualize) o (seu |)navegador", "atualize seu navegador", "(você está|está) (usando|a usar|utilizando) um navegador (desatualizado|antigo)"),
    "affiliate": ("links de afiliados", "links afiliados", "(recebemos|podemos receber|ganhamos) uma (pequena |)comissão",
                  # the passive and the thanks of the same notice (the English ones: upgradedpoints.com, cleverhiker.com, fit)
                  "(podemos|poderemos) (receber uma compensação|ser compensados)",
                  "ao comprar (através|por meio) (destes|dos nossos) links(,|) você (nos apoia|apoia o nosso trabalho)"),
    "picture_credit": ("foto", "fotos", "imagem", "imagens", "foto de arquivo"),
    "courtesy_credit": ("cortesia", "cortesia de", "cedida por"),
    "picture_place": ("acima", "abaixo", "à (esquerda|direita)", "na (foto|imagem)", "da esquerda para a direita"),
    "archive_picture": ("arquivo", "foto de arquivo", "imagem de arquivo"),
    # the reader's consent on a form (form_consent): "Li e aceito a política de privacidade"
    "form_consent": ("li e aceito", "aceito (a política de privacidade|os termos)", "li a política de privacidade",
                     # the form's notice of what becomes of the data typed into it
                     "ao (utilizar|usar|enviar|preencher) este formulário(,|) (você concorda|concorda|você aceita|aceita)",
                     "ao clicar abaixo para (se inscrever|subscrever|enviar este formulário)(,|) você (reconhece|concorda)",
                     "se (nos enviar|você nos enviar) (pedidos|solicitações|consultas) (através do|pelo|via) formulário de (contato|contacto)"),
}
