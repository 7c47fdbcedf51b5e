"""A form's consent line in each language of the vocabulary (`form_consent`, a site notice:
signals.boilerplate_reason): the reader declaring to have read or to accept the site's privacy policy or
terms, by a checkbox or a sign-up button, a consent plugin's notice standing in for an embed, and the form's
notice of what becomes of the data typed into it."""

import pytest

from artextract import extract, signals

# A paragraph of a hand-written post (stands for any article's prose).
PROSE = (
    "The ferry to the island was late again this morning, and nobody on the pier was surprised at all, since "
    "the harbour master had warned us the evening before that the wind would turn."
)


@pytest.mark.parametrize("line", [
    "Yes, I have read and agree to the Privacy Policy",  # en
    "I agree to the terms of the Privacy Policy.",
    "By signing up, I agree to the Terms and Privacy Policy.",
    "By checking out, you agree to our Terms of Use and Privacy Policy.",
    "Ja, ich habe die Datenschutzerklärung gelesen.",  # de
    "Ich bin mit der Datenschutzerklärung einverstanden.",
    "Mit dem Laden des Videos akzeptieren Sie die Datenschutzerklärung von YouTube.",
    "J'ai lu et j'accepte la politique de confidentialité.",  # fr
    "He leído y acepto la política de privacidad.",  # es
    "Ho letto e accetto l'informativa sulla privacy.",  # it
    "Li e aceito a política de privacidade.",  # pt
    "Ik ga akkoord met het privacybeleid.",  # nl
    "Zapoznałem się z polityką prywatności.",  # pl
])
def test_a_forms_consent_line_is_furniture_in_any_language(line):
    assert signals.boilerplate_reason(line)


@pytest.mark.parametrize("line", [
    # an article speaking of terms and policies: no reader consenting on a form
    "Critics say most users never read the privacy policy before they accept the terms of a new app.",
    "I agree with the minister that the terms of the deal were never made public.",
    "Die Datenschutzerklärung der Firma wurde nach dem Urteil gelesen und überarbeitet, sagte der Sprecher.",
    "La empresa aceptó los términos del acuerdo tras meses de negociación.",
])
def test_a_sentence_about_terms_or_privacy_is_no_consent_line(line):
    assert not signals.boilerplate_reason(line)


@pytest.mark.parametrize("line", [
    # the form's notice of what becomes of the data typed into it, written for these tests
    "By submitting this form, you consent to us keeping your details to answer you.",  # en
    "If you send us enquiries via the contact form, your details are stored to handle them.",
    "Mit der Nutzung dieses Formulars erklären Sie sich mit der Speicherung Ihrer Daten einverstanden.",  # de
    "Wenn Sie uns per Kontaktformular Anfragen zukommen lassen, speichern wir Ihre Angaben.",
    "Indem Sie unten zur Absendung dieses Formulars klicken, bestätigen Sie die Weitergabe.",
    "En soumettant ce formulaire, vous acceptez que vos données soient conservées.",  # fr
    "Al enviar este formulario, aceptas que guardemos tus datos.",  # es
    "Inviando questo modulo accetti il trattamento dei dati.",  # it
    "Ao enviar este formulário, você concorda com o tratamento dos seus dados.",  # pt
    "Door dit formulier te verzenden ga je akkoord met de opslag van je gegevens.",  # nl
    "Wysyłając formularz, wyrażasz zgodę na przetwarzanie danych.",  # pl
])
def test_a_forms_notice_of_its_data_is_furniture_in_any_language(line):
    assert signals.boilerplate_reason(line).startswith("site notice phrase")


@pytest.mark.parametrize("line", [
    # an article speaking of forms: nobody is told what becomes of the data typed in
    "The tax office says the new contact form will be online by March.",
    "Die Gäste müssen vor dem Besuch ein Formular ausfüllen, sagte die Wirtin.",
    "Le ministère a publié ce formulaire en ligne la semaine dernière.",
])
def test_a_sentence_about_a_form_is_no_notice(line):
    assert not signals.boilerplate_reason(line)


def test_a_raw_copy_leaves_out_its_contact_forms_consent_line():
    # A short post over its contact form: the form's checkbox sentence reads as prose.
    page = "\n".join([
        "Harbour Notes", "Late Again", "14 June 2013", PROSE, PROSE.replace("morning", "evening"),
        "Questions? Write to us!", "Name", "Email",
        "Yes, I have read the privacy policy and agree that the data I enter is stored to answer my request.",
        "Send", "Archive", "June 2013",
    ])
    body = extract(page, input_type="text").body
    assert "nobody on the pier" in body and "privacy policy" not in body
