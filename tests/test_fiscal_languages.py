"""Period expressions in real text, in many languages.

Every phrase below is copied verbatim from a published page (its address is
the case's source): filings, results releases and business news. The
expected period is what the page itself says the phrase covers (its stated
dates, or the issuer's fiscal year). Each phrase is read with
:func:`find_periods`; the most specific period found (the shortest) must be
the expected one.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from finnorm.fiscal import Calendar, find_periods

D = dt.date

# (language, phrase, source, calendar, locale, kind, start, end)
CASES = [
    # German
    ("de", "Die Verbesserung des operativen Ergebnisses und des EBITDA im Geschäftsjahr 2024",
     "https://iefahhahnguleiyeejoh.online-report.eu/2024/lagebericht/wirtschaftsbericht/geschaeftsverlauf-und-wirtschaftliche-lage/konzernkosten-und-sonstiges.html",
     "calendar", "de", "year", D(2024, 1, 1), D(2024, 12, 31)),
    ("de", "für die Zeit vom 1. Januar bis 31. Dezember 2025",
     "https://geschaeftsbericht.hugoboss.com/2025/konzernabschluss/guv.html",
     None, "de", "year", D(2025, 1, 1), D(2025, 12, 31)),
    ("de", "Der Umsatz betrug 564,9 Millionen Euro im dritten Quartal (1. Januar bis 31. März 2024) "
           "des Geschäftsjahres 2023-2024",
     "https://at.marketscreener.com/kurs/aktie/BONDUELLE-4730/news/Bonduelle-Umsatz-von-564-9-Mio-Euro-im-3-46608563",
     None, "de", "quarter", D(2024, 1, 1), D(2024, 3, 31)),
    # French
    ("fr", "Troisième trimestre de l’exercice fiscal 2023/24 d’Alstom",
     "https://boursica.com/informations-communiques-bourse/lire-depeche.php2/news/357196/dep_isin/FR0010220475",
     "UK-gov", "fr", "quarter", D(2023, 10, 1), D(2023, 12, 31)),
    ("fr", "Au cours du troisième trimestre 2023/24 (du 1er octobre au 31 décembre 2023)",
     "https://boursica.com/informations-communiques-bourse/lire-depeche.php2/news/357196/dep_isin/FR0010220475",
     None, "fr", "quarter", D(2023, 10, 1), D(2023, 12, 31)),
    ("fr", "Pour les neuf premiers mois de 2023/24 (du 1er avril au 31 décembre 2023)",
     "https://boursica.com/informations-communiques-bourse/lire-depeche.php2/news/357196/dep_isin/FR0010220475",
     None, "fr", "nine_months", D(2023, 4, 1), D(2023, 12, 31)),
    ("fr", "Semestre clos au 30 juin 2024",
     "https://financialreports.eu/filings/hopscotch-groupe/quarterly-report/2024/2318691",
     None, "fr", "half", D(2024, 1, 1), D(2024, 6, 30)),
    ("fr", "Période du 1er janvier 2024 au 30 juin 2024",
     "https://financialreports.eu/filings/hopscotch-groupe/quarterly-report/2024/2318691",
     None, "fr", "half", D(2024, 1, 1), D(2024, 6, 30)),
    ("fr", "9M 2024 publié",
     "https://bourse24.be/corporate_news/1245751-michelin-retraitement-des-donnees-sectorielles-des-periodes-intermediaires-t1-s1-9m-2024",
     "calendar", "fr", "nine_months", D(2024, 1, 1), D(2024, 9, 30)),
    ("fr", "S1 2024 retraité",
     "https://bourse24.be/corporate_news/1245751-michelin-retraitement-des-donnees-sectorielles-des-periodes-intermediaires-t1-s1-9m-2024",
     "calendar", "fr", "half", D(2024, 1, 1), D(2024, 6, 30)),
    ("fr", "T1 2024 publié",
     "https://bourse24.be/corporate_news/1245751-michelin-retraitement-des-donnees-sectorielles-des-periodes-intermediaires-t1-s1-9m-2024",
     "calendar", "fr", "quarter", D(2024, 1, 1), D(2024, 3, 31)),
    # Spanish
    ("es", "El PIB de España creció un 0,8% trimestral en el tercer trimestre de 2024",
     "https://serenitymarkets.com/noticias-bolsa/pib-de-espana-2",
     "calendar", "es", "quarter", D(2024, 7, 1), D(2024, 9, 30)),
    ("es", "durante los tres primeros trimestres de 2024",
     "https://ingenierosdelestado.es/intranet/noticias-de-actualidad-1/caen-los-beneficios-industriales-lastrados-por-las-petroleras",
     "calendar", "es", "nine_months", D(2024, 1, 1), D(2024, 9, 30)),
    # Italian
    ("it", "Il fatturato consolidato del Gruppo, nei primi nove mesi del 2023, ha raggiunto 1.548,0 milioni",
     "https://marketinsight.it/2023/11/14/reply-fatturato-a-15-mld-142-nei-9m-2023",
     "calendar", "it", "nine_months", D(2023, 1, 1), D(2023, 9, 30)),
    ("it", "rispetto ai 465,9 milioni del terzo trimestre 2022",
     "https://marketinsight.it/2023/11/14/reply-fatturato-a-15-mld-142-nei-9m-2023",
     "calendar", "it", "quarter", D(2022, 7, 1), D(2022, 9, 30)),
    ("it", "Il risultato operativo lordo consolidato () del primo trimestre 2024",
     "https://www.teleborsa.it/News/2024/05/14/cembre-utile-netto-1-trimestre-a-9-7-milioni-99.html",
     "calendar", "it", "quarter", D(2024, 1, 1), D(2024, 3, 31)),
    ("it", "Il Gruppo 24 Ore ha chiuso i primi nove mesi del 2024",
     "https://www.calcioefinanza.it/2024/11/13/sole-24-ore-ricavi-in-crescita-e-conti-in-utile-nei-primi-nove-mesi-del-2024/",
     "calendar", "it", "nine_months", D(2024, 1, 1), D(2024, 9, 30)),
    # Portuguese
    ("pt", "Setor financeiro lidera lucros no segundo trimestre de 2024",
     "https://boletimnacional.com.br/noticias/setor-financeiro-lidera-lucros-no-segundo-trimestre-de-2024",
     "calendar", "pt", "quarter", D(2024, 4, 1), D(2024, 6, 30)),
    ("pt", "Na temporada de resultados do terceiro trimestre de 2024 (3T24)",
     "https://conteudos.xpi.com.br/?p=1350023",
     "calendar", "pt", "quarter", D(2024, 7, 1), D(2024, 9, 30)),
    ("pt", "subiu 3,8% frente ao terceiro trimestre de 2023",
     "https://www.estadao.com.br/economia/negocios/petrobras-lucro-trimestre-3-de-2024/",
     "calendar", "pt", "quarter", D(2023, 7, 1), D(2023, 9, 30)),
    # Dutch
    ("nl", "Dat is 8,6 miljoen euro of 3,3 procent meer dan in de eerste helft van 2017",
     "https://insidebeleggen.knack.be/beurs/koekjesaandeel-lotus-bakeries-klopt-weer-bel-20/article-normal-1187523.html",
     "calendar", "nl", "half", D(2017, 1, 1), D(2017, 6, 30)),
    ("nl", "Verkorte winst-en-verliesrekening eerste halfjaar 2023",
     "https://reporting.portofrotterdam.com/jaarverslag-2022/a2626-verkorte-winstenverliesrekening-eerste-halfjaar-2023",
     "calendar", "nl", "half", D(2023, 1, 1), D(2023, 6, 30)),
    ("nl", "vergelijkbaar met de cijfers van het boekjaar 2017",
     "https://insidebeleggen.knack.be/beurs/koekjesaandeel-lotus-bakeries-klopt-weer-bel-20/article-normal-1187523.html",
     "calendar", "nl", "year", D(2017, 1, 1), D(2017, 12, 31)),
    # Swedish
    ("sv", "1:a kvartalet 2006",
     "https://5dok.org/document/y4wkp9mk-kvartalet-resultatet-skatt-%C3%B6kade-msek-msek-vinst-uppgick.html",
     "calendar", "sv", "quarter", D(2006, 1, 1), D(2006, 3, 31)),
    ("sv", "MSEK Not jul-sep 2022 jul-sep 2021 jan-sep 2022",
     "https://reports.boule.com/delarsrapport-q3-2022/finansiell-information/koncernen",
     None, "sv", "quarter", D(2022, 7, 1), D(2022, 9, 30)),
    ("sv", "jan-sep 2022",
     "https://reports.boule.com/delarsrapport-q3-2022/finansiell-information/koncernen",
     None, "sv", "nine_months", D(2022, 1, 1), D(2022, 9, 30)),
    # Danish (Gabriel Holding's financial year runs 1 October - 30 September)
    ("da", "Efter tre kvartaler af regnskabsåret 2022/23 er der realiseret en omsætning på 715,2 mio. kr.",
     "https://www.globenewswire.com/news-release/2023/08/23/2730238/0/da/Gabriel-Holding-A-S-nedjusterer-forventningerne-til-regnskab%C3%A5ret-2022-23.html",
     "US-federal", "da", "nine_months", D(2022, 10, 1), D(2023, 6, 30)),
    ("da", "Koncernens forventninger til hele regnskabsåret 2022/23",
     "https://www.globenewswire.com/news-release/2023/08/23/2730238/0/da/Gabriel-Holding-A-S-nedjusterer-forventningerne-til-regnskab%C3%A5ret-2022-23.html",
     "US-federal", "da", "year", D(2022, 10, 1), D(2023, 9, 30)),
    # Japanese
    ("ja", "2025年3月期第3四半期",
     "https://assets.minkabu.jp/news/article_media_content/urn:newsml:tdnet.info:20250212569349/081220250212569349.zip:/tmp/tarfile_extract_9v13_xiv/XBRLData/Summary/tse-qcedjpsm-44010-20250212344010-ixbrl.htm",
     None, "ja", "quarter", D(2024, 10, 1), D(2024, 12, 31)),
    ("ja", "(2024年4月1日~2024年12月31日)",
     "https://assets.minkabu.jp/news/article_media_content/urn:newsml:tdnet.info:20250212569349/081220250212569349.zip:/tmp/tarfile_extract_9v13_xiv/XBRLData/Summary/tse-qcedjpsm-44010-20250212344010-ixbrl.htm",
     None, "ja", "nine_months", D(2024, 4, 1), D(2024, 12, 31)),
    ("ja", "当第3四半期連結累計期間\n(自 2024年12月1日\n至 2025年8月31日)",
     "https://assets.finboard.net/tdnet-filings/20251009570746/XBRLData/Attachment/0600000-qcpl11-tse-qcedjpfr-61360-2025-08-31-01-2025-10-09-ixbrl.htm?contextref=Prior1YTDDuration&qname=jppfs_cor%3ASellingGeneralAndAdministrativeExpenses&unitref=JPY",
     None, "ja", "nine_months", D(2024, 12, 1), D(2025, 8, 31)),
    ("ja", "自 2025年4月 1日 至 2025年6月30日",
     "https://assets.finboard.net/tdnet-filings/20250731525810/XBRLData/Attachment/0101010-qcpl13-tse-qcediffr-65010-2025-06-30-01-2025-07-31-ixbrl.htm?contextref=CurrentYTDDuration&qname=jpigp_cor%3ASellingGeneralAndAdministrativeExpensesIFRS&unitref=JPY",
     None, "ja", "quarter", D(2025, 4, 1), D(2025, 6, 30)),
    # Chinese
    ("zh", "2024年第三季度",
     "https://stock.qianzhan.com/hs/lirun1_002726.SZ.html",
     None, "zh", "quarter", D(2024, 7, 1), D(2024, 9, 30)),
    ("zh", "2023年第四季度",
     "https://stock.qianzhan.com/hs/lirun1_002726.SZ.html",
     None, "zh", "quarter", D(2023, 10, 1), D(2023, 12, 31)),
    ("zh", "霹靂公交公佈了其24財年第三季度業績",
     "https://news.futunn.com/hk/post/50093870/perak-transit-declares-fourth-interim-dividend-after-q3-profits-comes",
     "calendar", "zh", "quarter", D(2024, 7, 1), D(2024, 9, 30)),
    ("zh", "截至2024年9月30日的9個月",
     "https://news.futunn.com/hk/post/50093870/perak-transit-declares-fourth-interim-dividend-after-q3-profits-comes",
     None, "zh", "nine_months", D(2024, 1, 1), D(2024, 9, 30)),
    # Korean
    ("ko", "'12월 결산법인 2024년 3분기 결산실적'을 발표했다",
     "https://mobile.newsis.com/view_amp.html?ar_id=NISX20241118_0002963173",
     None, "ko", "quarter", D(2024, 7, 1), D(2024, 9, 30)),
    # Russian
    ("ru", "Саратовский НПЗ опубликовал отчетность по РСБУ за 9 мес. 2024 г.",
     "https://mfd.ru/blogs/view/?id=23&page=16",
     "calendar", "ru", "nine_months", D(2024, 1, 1), D(2024, 9, 30)),
    # Polish
    ("pl", "Grupa Orlen osiągnęła w trzecim kwartale 2023 roku niecałe 3,5 miliarda złotych zysku netto",
     "https://tvn24.pl/biznes/moto/orlen-wyniki-3-kwartal-2023-przychody-i-zyski-koncernu-st7416292",
     "calendar", "pl", "quarter", D(2023, 7, 1), D(2023, 9, 30)),
    ("pl", "Narastający zysk netto Orlenu po trzech kwartałach 2023 r.",
     "https://tvn24.pl/biznes/moto/orlen-wyniki-3-kwartal-2023-przychody-i-zyski-koncernu-st7416292",
     "calendar", "pl", "nine_months", D(2023, 1, 1), D(2023, 9, 30)),
    ("pl", "ZA OKRES OD 1 STYCZNIA 2024 DO 30 WRZEŚNIA 2024 R.",
     "https://financialreports.eu/filings/bowim-sa/quarterly-report/2024/6075744",
     None, "pl", "nine_months", D(2024, 1, 1), D(2024, 9, 30)),
    # Turkish
    ("tr", "30 Eylül 2024 Tarihinde Sona Eren Dokuz Aylık Hesap Dönemine Ait Özet Finansal Tablolar",
     "https://financialreports.eu/filings/6617289/content",
     None, "tr", "nine_months", D(2024, 1, 1), D(2024, 9, 30)),
    ("tr", "1 OCAK – 30 EYLÜL 2024 HESAP DÖNEMİNE AİT KONSOLİDE FİNANSAL TABLOLAR",
     "https://financialreports.eu/filings/6617947/content",
     None, "tr", "nine_months", D(2024, 1, 1), D(2024, 9, 30)),
    # Indonesian
    ("id", "Data tersebut tersaji dalam laporan keuangan kuartal III 2024 tanpa audit SMGR",
     "https://marketnews.id/market-update/2024/11/laba-bersih-semen-indonesia-tbk-smgr-turun-58-persen-di-kuartal-iii-2024/",
     "calendar", "id", "quarter", D(2024, 7, 1), D(2024, 9, 30)),
    ("id", "melaporkan laba bersih Rp719,72 miliar sepanjang 9 bulan 2024",
     "https://marketnews.id/market-update/2024/11/laba-bersih-semen-indonesia-tbk-smgr-turun-58-persen-di-kuartal-iii-2024/",
     "calendar", "id", "nine_months", D(2024, 1, 1), D(2024, 9, 30)),
    ("id", "sebesar Rp501,47 miliar pada semester I-2024",
     "https://www.cnbcindonesia.com/market/20240801130204-17-559540/pendapatan-turun-laba-semen-indonesia--smgr--susut-42-jadi-rp-501-m/amp",
     "calendar", "id", "half", D(2024, 1, 1), D(2024, 6, 30)),
    ("id", "Emiten Astra International, pada semester pertama 2024 melaporkan penurunan laba bersih",
     "https://pasfm.com/2024/07/31/emiten-astra-international-13/",
     "calendar", "id", "half", D(2024, 1, 1), D(2024, 6, 30)),
    ("id", "laba bruto per Kuartal III-2023 tercatat melorot 5,82 persen",
     "https://www.beritamoneter.com/laba-bersih-smgr-di-kuartal-iii-2023-naik-179/",
     "calendar", "id", "quarter", D(2023, 7, 1), D(2023, 9, 30)),
    # Vietnamese
    ("vi", "tổng lợi nhuận sau thuế của 211 doanh nghiệp tăng trưởng chậm lại trong Q3/2024",
     "https://vneconomy.vn/da-co-211-doanh-nghiep-cong-bo-loi-nhuan-tang-truong-31-so-voi-cung-ky.htm",
     "calendar", "vi", "quarter", D(2024, 7, 1), D(2024, 9, 30)),
    # Hindi (India's financial year runs April - March)
    ("hi", "पराग मिल्क फूड्स लिमिटेड का वित्त वर्ष 2024-25 की दिसंबर में समाप्त तीसरी तिमाही",
     "https://www.nafanuksan.com/news/%E0%A4%A4%E0%A5%87%E0%A4%9C%E0%A5%80-%E0%A4%B8%E0%A5%87-%E0%A4%AC%E0%A4%A2%E0%A4%BC%E0%A5%87%E0%A4%97%E0%A4%BE-%E0%A4%AD%E0%A4%BE%E0%A4%B0%E0%A4%A4-%E0%A4%95%E0%A4%BE-%E0%A4%88-%E0%A4%B6%E0%A4%BF%E0%A4%95%E0%A5%8D%E0%A4%B7%E0%A4%BE-%E0%A4%AC%E0%A4%BE%E0%A4%9C%E0%A4%BE%E0%A4%B0-%E0%A4%B0%E0%A4%AA%E0%A4%9F/226608",
     None, "hi", "quarter", D(2024, 10, 1), D(2024, 12, 31)),
    ("hi", "बीते वित्त वर्ष 2024-25 की मार्च तिमाही में दोगुना होकर 2,067.23 करोड़ रुपये रहा है",
     "https://www.ibc24.in/business/nalco-q4-net-profit-doubles-to-rs-2067-crore-3081764.html",
     None, "hi", "quarter", D(2025, 1, 1), D(2025, 3, 31)),
    ("hi", "एकीकृत शुद्ध लाभ वित्त वर्ष 2024-25 की चौथी तिमाही में 32.7 प्रतिशत बढ़कर",
     "https://hindi.theprint.in/india/economy/birla-corporations-consolidated-net-profit-increased-by-32-7-percent-in-the-fourth-quarter/816761",
     None, "hi", "quarter", D(2025, 1, 1), D(2025, 3, 31)),
    ("hi", "चालू वित्त वर्ष 2025-26 की तीसरी तिमाही के नतीजे का ऐलान कर दिया है",
     "https://kbnews.in/2026/01/28/%e0%a4%a4%e0%a5%80%e0%a4%b8%e0%a4%b0%e0%a5%80-%e0%a4%a4%e0%a4%bf%e0%a4%ae%e0%a4%be%e0%a4%b9%e0%a5%80-%e0%a4%ae%e0%a5%87%e0%a4%82-%e0%a4%ae%e0%a4%be%e0%a4%b0%e0%a5%81%e0%a4%a4%e0%a4%bf-%e0%a4%b8",
     None, "hi", "quarter", D(2025, 10, 1), D(2025, 12, 31)),
    # Czech
    ("cs", "což je nejrychlejší růst od druhého čtvrtletí 2022",
     "https://www.newstream.cz/stitek/hospodareni",
     "calendar", "cs", "quarter", D(2022, 4, 1), D(2022, 6, 30)),
    ("cs", "v 3. čtvrtletí 2016 bylo o 1 pracovní den méně",
     "https://www.parlamentnilisty.cz/zpravy/tiskovezpravy/Ve-tretim-ctvrtleti-mirne-rostly-trzby-ve-sluzbach-jako-je-pohostinstvi-ci-ubytovani-462145?disablemobile=1",
     "calendar", "cs", "quarter", D(2016, 7, 1), D(2016, 9, 30)),
    # English (Malaysian issuers reporting in English)
    ("en", "On a cumulative basis for 9-months ended 30 September 2024 (9M FY24)",
     "https://news.futunn.com/hk/post/50093870/perak-transit-declares-fourth-interim-dividend-after-q3-profits-comes",
     "calendar", "en_MY", "nine_months", D(2024, 1, 1), D(2024, 9, 30)),
    ("en", "-Third financial quarter ended 30 September 2024",
     "http://nsop.com.my/page.php?type=financial_highlights",
     None, "en_MY", "quarter", D(2024, 7, 1), D(2024, 9, 30)),
]


def _most_specific(text: str, cal: str | None, locale: str | None) -> tuple[str, D, D] | None:
    periods = [m.period for m in find_periods(text, cal, locale=locale) if m.period is not None]
    if not periods:
        return None
    p = min(periods, key=lambda p: p.days)
    return p.kind, p.start, p.end


@pytest.mark.parametrize(
    "lang,text,source,cal,locale,kind,start,end", CASES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)],
)
def test_real_phrase(lang: str, text: str, source: str, cal: str | None, locale: str | None,
                     kind: str, start: D, end: D) -> None:
    assert source.startswith("http")
    assert _most_specific(text, cal, locale) == (kind, start, end)


@pytest.mark.parametrize(
    "lang,text,source,cal,locale,kind,start,end", CASES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)],
)
def test_real_phrase_without_the_locale(lang: str, text: str, source: str, cal: str | None,
                                        locale: str | None, kind: str, start: D, end: D) -> None:
    """Without a locale every language's words are read: the same answer (the
    calendar a locale would suggest is given instead)."""
    from finnorm.fiscal import calendar_for_locale

    if cal is None:
        suggested = calendar_for_locale(locale)
        cal = suggested.name if suggested is not None else None
    assert _most_specific(text, cal, None) == (kind, start, end)


def test_at_least_fifteen_languages() -> None:
    per = Counter(c[0] for c in CASES)
    assert len(per) >= 15, per


def test_a_calendar_of_ones_own_reads_them_too() -> None:
    gabriel = Calendar("GABRIEL", start_month=10, number="end", label="{start}/{end2}")
    (m,) = find_periods("hele regnskabsåret 2022/23", gabriel, locale="da")
    assert m.period is not None and (m.period.start, m.period.label) == (D(2022, 10, 1), "2022/23")
