"""Currencies written out after a number without a sign ("4 million Swedish crowns", "20,000
rupees", "3 trillion won"): the word, and the ISO 4217 code when the word or the country adjective
before it names one currency (quantity.py; read18/left19). A word several countries use ("crowns",
"rupees", "pesos", "francs") with no country before it keeps the word as its unit, as written
(GUIDELINES §8: the unit as the quote writes it).
"""

from __future__ import annotations

#: Written-out currency words (singular and plural, lower case as news writes them) -> ISO 4217 code,
#: or None when several countries use the word. Lower case only: "Rand", "Won" and "Real" are names.
#: Not "real"/"reais" (an adjective) nor "pound"/"dollar" (lang.UNITS).
CURRENCY_WORDS = {
    "yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "won": "KRW", "rand": "ZAR", "naira": "NGN",
    "ringgit": "MYR", "baht": "THB", "zloty": "PLN", "zlotys": "PLN", "forint": "HUF", "forints": "HUF",
    "rupiah": "IDR", "shekel": "ILS", "shekels": "ILS", "krona": "SEK", "kronor": "SEK",
    "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "lira": "TRY", "hryvnia": "UAH",
    "hryvnias": "UAH", "rupee": None, "rupees": None, "peso": None, "pesos": None, "franc": None,
    "francs": None, "crown": None, "crowns": None, "krone": None, "kroner": None, "dinar": None,
    "dinars": None, "dirham": None, "dirhams": None, "riyal": None, "riyals": None,
    # a currency's hundredth, kept as written ("87 cents a share" in earnings copy; genre39)
    "cent": None, "cents": None, "pence": None,
}

#: A country's adjective before an ambiguous currency word -> the code ("Swedish crowns" -> SEK).
CURRENCY_COUNTRIES = {
    ("swedish", "crown"): "SEK", ("norwegian", "crown"): "NOK", ("danish", "crown"): "DKK",
    ("czech", "crown"): "CZK", ("icelandic", "crown"): "ISK", ("norwegian", "krone"): "NOK",
    ("danish", "krone"): "DKK", ("indian", "rupee"): "INR", ("pakistani", "rupee"): "PKR",
    ("nepalese", "rupee"): "NPR", ("mexican", "peso"): "MXN", ("argentine", "peso"): "ARS",
    ("colombian", "peso"): "COP", ("chilean", "peso"): "CLP", ("philippine", "peso"): "PHP",
    ("swiss", "franc"): "CHF", ("kuwaiti", "dinar"): "KWD", ("jordanian", "dinar"): "JOD",
    ("iraqi", "dinar"): "IQD", ("moroccan", "dirham"): "MAD", ("saudi", "riyal"): "SAR",
    ("qatari", "riyal"): "QAR",
}

#: Regex (case-sensitive): a currency word right after a number, with an optional capitalised
#: adjective before it. Group 1: the adjective; group 2: the word.
CURRENCY_WORD_RE = (r"\s+(?:([A-Z][a-z]+)\s+)?(" + "|".join(sorted(CURRENCY_WORDS, key=len, reverse=True))
                    + r")\b(?![-'’])")
