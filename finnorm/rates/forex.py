"""Online rates through the forex-python package, opt-in, with a hard timeout.

The service forex-python talks to answers ``GET <base>/<YYYY-MM-DD>?base=EUR``
with ``{"base": "EUR", "date": <publication day>, "rates": {...}}``; for a
day without publication it answers with the last one before, and that
*answered* day is the one finnorm records. Requests are always EUR-based (the
ECB convention: units per 1 EUR); numbers are decoded straight to
:class:`~decimal.Decimal` with forex-python's decoder, never through float.

forex-python itself has no timeout, so the request is made here (with
``requests``, its HTTP client) under a hard deadline: a connect and read
timeout on the socket *and* a wall-clock limit on the whole call. Every failure
becomes a :class:`~finnorm.errors.RateSourceError` (the service failed) or
:class:`~finnorm.errors.RateUnavailableError` (it has no such rate); neither
is ever answered with a guess.

Every fetched day is stored in the SQLite cache (:mod:`finnorm.rates.cache`),
so a repeat query works offline.

Configuration: ``$FINNORM_FOREX_URL`` (the base URL; default: the service
forex-python uses) and ``$FINNORM_FOREX_TIMEOUT`` (seconds, default 10).

This module imports forex-python and requests only when a rate is fetched.

>>> src = ForexRates(url="http://127.0.0.1:9/api/", cache=False)
>>> src.name, src.url
('forex-python', 'http://127.0.0.1:9/api/')
"""
from __future__ import annotations

import datetime as _dt
import os
import threading
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from ..errors import RateSourceError, RateUnavailableError
from . import Coverage
from .cache import RateCache

__all__ = ["DEFAULT_TIMEOUT", "ForexRates", "default_source"]

DEFAULT_TIMEOUT = 10.0
_ONE_DAY = _dt.timedelta(days=1)


def _default_url() -> str:
    env = os.environ.get("FINNORM_FOREX_URL", "").strip()
    if env:
        return env if env.endswith("/") else env + "/"
    from forex_python.converter import CurrencyRates

    return str(CurrencyRates()._source_url())


def _default_timeout() -> float:
    env = os.environ.get("FINNORM_FOREX_TIMEOUT", "").strip()
    try:
        value = float(env) if env else DEFAULT_TIMEOUT
    except ValueError:
        value = DEFAULT_TIMEOUT
    return value if value > 0 else DEFAULT_TIMEOUT


class ForexRates:
    """The forex-python service as a :class:`~finnorm.rates.RateSource`.

    ``url`` (default ``$FINNORM_FOREX_URL`` or forex-python's own),
    ``timeout`` in seconds for each call (default ``$FINNORM_FOREX_TIMEOUT`` or
    10), ``cache`` a :class:`~finnorm.rates.cache.RateCache`, ``None`` for the
    default one or ``False`` for none.
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        timeout: float | None = None,
        cache: RateCache | None | bool = None,
    ) -> None:
        self._url = url
        self.timeout = float(timeout) if timeout is not None else _default_timeout()
        if cache is None or cache is True:
            self.cache: RateCache | None = RateCache()
        elif cache is False:
            self.cache = None
        else:
            self.cache = cache
        self._memo: dict[_dt.date, dict[str, Decimal]] = {}
        self._asked: dict[_dt.date, _dt.date] = {}
        self._none: dict[_dt.date, RateUnavailableError] = {}  # "no rate" answers
        self._lock = threading.Lock()

    def __reduce__(self) -> tuple[Any, ...]:
        # configuration only: memo, lock and connection are made anew where unpickled
        cache: RateCache | bool = self.cache if self.cache is not None else False
        return (_restore, (self._url, self.timeout, cache))

    @property
    def name(self) -> str:
        return "forex-python"

    @property
    def url(self) -> str:
        if self._url is None:
            self._url = _default_url()
        return self._url if self._url.endswith("/") else self._url + "/"

    # ------------------------------------------------------------ network
    def fetch(self, day: _dt.date | None) -> tuple[_dt.date, dict[str, Decimal]]:
        """Ask the service for ``day`` (``None``: latest); the day it answers for and its rates."""
        from forex_python.converter import CurrencyRates

        base = self.url

        class _Client(CurrencyRates):  # type: ignore[misc]
            def _source_url(self) -> str:
                return base

        client = _Client(force_decimal=True)
        target = client._source_url() + client._get_date_string(day)
        params = {"base": "EUR", "rtype": "fpy"}
        what = day.isoformat() if day else "latest"
        response = self._get(target, params, what)
        status = int(getattr(response, "status_code", 0))
        if status in (400, 404, 422):
            raise RateUnavailableError(
                f"forex-python service has no EUR rates for {what} (HTTP {status})",
                currency="EUR", date=what, sources=("forex-python",),
            )
        if status != 200:
            raise RateSourceError(f"forex-python service failed for {what}: HTTP {status}")
        try:
            data = client._decode_rates(response, use_decimal=True)  # checks it decodes
            import simplejson  # type: ignore[import-untyped]

            full = simplejson.loads(response.text, use_decimal=True)
        except Exception as exc:  # malformed JSON (simplejson.JSONDecodeError) and friends
            raise RateSourceError(f"forex-python service sent malformed JSON for {what}: {exc}") from None
        return self._read(full, data, day, what)

    def _get(self, url: str, params: Mapping[str, str], what: str) -> Any:
        import requests

        box: dict[str, Any] = {}
        timeout = self.timeout

        def work() -> None:
            try:
                box["r"] = requests.get(url, params=dict(params), timeout=(timeout, timeout))
            except BaseException as exc:  # noqa: BLE001 - handed back to the caller
                box["e"] = exc

        worker = threading.Thread(target=work, name="finnorm-forex", daemon=True)
        worker.start()
        worker.join(timeout)
        if worker.is_alive() or ("r" not in box and "e" not in box):
            raise RateSourceError(
                f"forex-python service did not answer within {timeout:g} s ({what}, {url})"
            )
        exc = box.get("e")
        if exc is not None:
            if isinstance(exc, requests.Timeout):
                raise RateSourceError(
                    f"forex-python service did not answer within {timeout:g} s ({what}, {url})"
                ) from None
            if isinstance(exc, requests.RequestException):
                raise RateSourceError(f"forex-python service unreachable ({what}, {url}): {exc}") from None
            raise RateSourceError(f"forex-python request failed ({what}): {exc!r}") from None
        return box["r"]

    @staticmethod
    def _read(
        full: Any, rates: Any, asked: _dt.date | None, what: str
    ) -> tuple[_dt.date, dict[str, Decimal]]:
        if not isinstance(full, dict) or not isinstance(rates, dict):
            raise RateSourceError(f"forex-python service sent no rates object for {what}")
        base = str(full.get("base", "EUR")).upper()
        if base != "EUR":
            raise RateSourceError(f"forex-python service answered in base {base}, not EUR")
        try:
            answered = _dt.date.fromisoformat(str(full["date"]))
        except (KeyError, ValueError):
            raise RateSourceError(f"forex-python service did not say which day it answers ({what})") from None
        if asked is not None and answered > asked:
            raise RateSourceError(
                f"forex-python service answered {answered} for {asked}: a later day is not a rate for it"
            )
        out: dict[str, Decimal] = {}
        for code, value in rates.items():
            if isinstance(value, float) or isinstance(value, bool):
                raise RateSourceError(f"forex-python rate for {code} was not decoded exactly")
            try:
                dec = value if isinstance(value, Decimal) else Decimal(str(value))
            except InvalidOperation:
                raise RateSourceError(f"forex-python rate for {code} is not a number: {value!r}") from None
            if not dec.is_finite() or dec <= 0:
                raise RateSourceError(f"forex-python rate for {code} is not positive: {value!r}")
            out[str(code).upper()] = dec
        return answered, out

    # ------------------------------------------------------------ cached lookups
    def _ask(self, day: _dt.date) -> tuple[_dt.date, dict[str, Decimal]]:
        """The publication answering ``day`` (memo, then cache, then the network).
        A "no rate" answer is remembered too (except for the last two days,
        whose fixing may not be out yet)."""
        with self._lock:
            hit = self._asked.get(day)
            if hit is not None:
                return hit, self._memo[hit]
            none = self._none.get(day)
        if none is not None:
            raise RateUnavailableError(none.message, **none._fields)
        if self.cache is not None:
            try:
                answered = self.cache.answered(self.name, day)
                if answered is not None:
                    rates = self.cache.rates(self.name, answered)
                    if rates is not None:
                        self._remember(day, answered, rates)
                        return answered, rates
            except RateSourceError:
                pass  # damaged cache: rebuilt, fall through to the network
        try:
            answered, rates = self.fetch(day)
        except RateUnavailableError as exc:
            if day < _dt.date.today() - _ONE_DAY:
                with self._lock:
                    self._none[day] = exc
            raise
        if self.cache is not None:
            # an ask for today or yesterday may be answered before the day's fixing: don't pin it
            recent = day >= _dt.date.today() - _ONE_DAY
            try:
                self.cache.store(self.name, None if recent else day, answered, rates)
            except RateSourceError:
                pass  # a cache that cannot be written must not stop a conversion
        self._remember(day, answered, rates)
        return answered, rates

    def _remember(self, asked: _dt.date, answered: _dt.date, rates: dict[str, Decimal]) -> None:
        with self._lock:
            self._asked[asked] = answered
            self._memo[answered] = rates

    def _day_rates(self, day: _dt.date) -> dict[str, Decimal] | None:
        with self._lock:
            memo = self._memo.get(day)
        if memo is not None:
            return memo
        if self.cache is not None:
            try:
                stored = self.cache.rates(self.name, day)
            except RateSourceError:
                stored = None
            if stored is not None:
                with self._lock:
                    self._memo[day] = stored
                return stored
        answered, rates = self._ask(day)
        return rates if answered == day else None

    # ------------------------------------------------------------ protocol
    def per_eur(self, currency: str, day: _dt.date) -> Decimal | None:
        rates = self._day_rates(day)
        if rates is None:
            return None
        if currency == "EUR":
            return Decimal(1)
        return rates.get(currency)

    def latest(self, day: _dt.date, earliest: _dt.date) -> _dt.date | None:
        if day < earliest:
            return None
        try:
            answered, _ = self._ask(day)
        except RateUnavailableError:
            return None
        return answered if answered >= earliest else None

    def published(self, start: _dt.date, end: _dt.date) -> list[_dt.date]:
        """Walks back from ``end`` one publication at a time (cached after the first time)."""
        out: list[_dt.date] = []
        day = end
        while day >= start:
            found = self.latest(day, start)
            if found is None:
                break
            out.append(found)
            day = found - _ONE_DAY
        return out[::-1]

    def coverage(self) -> Coverage:
        """The days held in the cache; currencies are unknown until asked (an online source)."""
        days: list[_dt.date] = []
        location = self._url or os.environ.get("FINNORM_FOREX_URL", "") or "forex-python's service"
        if self.cache is not None:
            if os.path.exists(self.cache.path):  # don't create a cache just to look
                try:
                    days = self.cache.days(self.name)
                except RateSourceError:
                    days = []
            location += f" (cache {self.cache.path})"
        return Coverage(
            source=self.name,
            first=days[0] if days else None,
            last=days[-1] if days else None,
            currencies=frozenset(),
            location=location,
            days=len(days) if self.cache is not None else None,
        )

    def __repr__(self) -> str:
        return f"ForexRates({self._url or '<default>'!r})"


def _restore(url: str | None, timeout: float, cache: RateCache | bool) -> ForexRates:
    return ForexRates(url, timeout=timeout, cache=cache)


_DEFAULT: ForexRates | None = None


def default_source() -> ForexRates:
    """The shared online source (configured from the environment on first use)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = ForexRates()
    return _DEFAULT


def reset_default() -> None:
    """Forget the shared source (after changing the environment, in tests)."""
    global _DEFAULT
    _DEFAULT = None
