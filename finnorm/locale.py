"""The locale gateway: a locale id is parsed once, here, into one frozen
:class:`Locale` that every layer receives.

A locale is accepted when CLDR (finnorm's snapshot, :mod:`finnorm.data.cldr`)
knows it, written any common way (``en-AU``, ``EN_au``, ``zh_CN``), or when
its language is a CLDR language and its territory a real territory (``de_JP``:
German text published in Japan; CLDR's ``de`` symbols, Japan's yen). Anything
else (``xx_YY``, ``english``) is an :class:`~finnorm.errors.UnknownLocaleError`,
never a silent fallback.

>>> loc = locale_of("en-AU")
>>> loc.id, loc.language, loc.territory, loc.currency, loc.decimal
('en_AU', 'en', 'AU', 'AUD', '.')
>>> locale_of("de").territory, locale_of("de").explicit_territory, locale_of("de_CH").decimal
('DE', False, '.')
>>> locale_of("de_JP").cldr_id, locale_of("de_JP").currency
('de', 'JPY')
>>> locale_of(None) is None
True
>>> locale_of("english")
Traceback (most recent call last):
...
finnorm.errors.UnknownLocaleError: unknown locale 'english': not a CLDR locale id such as 'en', 'en_AU', 'ja_JP'
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .data import cldr, lang_territory, territory_currency
from .errors import InvalidArgumentError, UnknownLocaleError

__all__ = ["Locale", "locale_of"]


@dataclass(frozen=True, slots=True)
class Locale:
    """One parsed locale: what every layer needs to know of it.

    ``id`` is the locale as CLDR names it (``"en_AU"``, ``"zh_Hans_CN"``), or
    language + territory when CLDR has no such pair (``"de_JP"``);
    ``cldr_id`` is the CLDR locale whose data applies. ``territory`` is the
    one written, else CLDR's likeliest for the language
    (``explicit_territory`` tells which). ``currency`` is the territory's
    legal tender; ``decimal``/``group`` the locale's Latin-digit symbols;
    ``numbering`` its default numbering system (``"arab"`` for ``ar_EG``).
    """

    id: str
    language: str
    script: str | None
    territory: str | None
    explicit_territory: bool
    cldr_id: str
    decimal: str
    group: str
    currency: str | None
    numbering: str

    def __str__(self) -> str:
        return self.id


def locale_of(value: str | Locale | None) -> Locale | None:
    """The :class:`Locale` for a locale id (cached), the same object back, or None."""
    if value is None or isinstance(value, Locale):
        return value
    if not isinstance(value, str):
        raise InvalidArgumentError(f"locale wants a str such as 'en_AU', not {type(value).__name__}")
    return _parse(value)


def _unknown(value: str) -> UnknownLocaleError:
    return UnknownLocaleError(
        f"unknown locale {value!r}: not a CLDR locale id such as 'en', 'en_AU', 'ja_JP'",
        locale=value)


@lru_cache(maxsize=512)
def _parse(value: str) -> Locale:
    cid = cldr.canonical(value)
    explicit: str | None = None
    if cid is None:
        # language (+ script) + a territory CLDR has no locale for: "de_JP", "fr_US"
        parts = value.strip().replace("-", "_").split("_")
        terr = parts[-1].upper() if len(parts) >= 2 else ""
        base = cldr.canonical("_".join(parts[:-1])) if len(parts) >= 2 else None
        if base is None or not (len(terr) == 2 and terr.isalpha() or terr.isdigit()):
            raise _unknown(value)
        if territory_currency(terr) is None and not terr.isdigit():
            raise _unknown(value)
        cid, explicit = base, terr
    if cid == "root":
        raise _unknown(value)
    parts = cid.split("_")
    language = parts[0]
    script = next((p for p in parts[1:] if len(p) == 4 and p.isalpha()), None)
    own = next((p for p in parts[1:] if (len(p) == 2 and p.isalpha()) or p.isdigit()), None)
    territory = explicit or own
    is_explicit = territory is not None and not territory.isdigit()
    if territory is None or territory.isdigit():  # "es_419", "en_001": a region, no currency
        territory = lang_territory(language)
    rec = cldr.locale_record(cid)
    lid = f"{cid}_{explicit}" if explicit else cid
    return Locale(
        id=lid,
        language=language,
        script=script,
        territory=territory,
        explicit_territory=is_explicit,
        cldr_id=cid,
        decimal=rec["number"]["decimal"],
        group=rec["number"]["group"],
        currency=territory_currency(territory) if territory else None,
        numbering=str(rec.get("numbering") or "latn"),
    )
