"""NHS number: ten digits, the last a modulus-11 check digit."""

from __future__ import annotations

from app.errors import InvalidInput
from app.i18n import translate

_WEIGHTS = range(10, 1, -1)


def check_digit(first_nine: str) -> int | None:
    """The check digit for nine digits, or None when no valid number can end them."""
    remainder = sum(int(d) * w for d, w in zip(first_nine, _WEIGHTS, strict=True)) % 11
    check = 11 - remainder
    if check == 11:
        return 0
    return None if check == 10 else check


def normalise(text: str) -> str:
    """Digits only, from input typed with spaces or dashes (``943 476 5919``, ``943-476-5919``)."""
    return "".join(ch for ch in text.strip() if ch not in " -")


def is_valid(text: str) -> bool:
    digits = normalise(text)
    if len(digits) != 10 or not (digits.isascii() and digits.isdigit()):
        return False
    return check_digit(digits[:9]) == int(digits[9])


def parse(text: str) -> str:
    """The ten digits of a valid NHS number, or ``InvalidInput`` saying what is wrong."""
    digits = normalise(text)
    if not digits:
        raise InvalidInput(translate("caseload", "An NHS number has 10 digits; none was given."))
    if not (digits.isascii() and digits.isdigit()):
        raise InvalidInput(translate("caseload", "An NHS number has only digits; {text} has other characters.").format(text=repr(text)))
    if len(digits) != 10:
        raise InvalidInput(translate("caseload", "An NHS number has 10 digits; {text} has {len}.").format(text=repr(text), len=len(digits)))
    if check_digit(digits[:9]) != int(digits[9]):
        raise InvalidInput(translate("caseload", "{format_display} is not a valid NHS number (its check digit is wrong).").format(format_display=format_display(digits)))
    return digits


def format_display(digits: str) -> str:
    """``9434765919`` as ``943 476 5919``; anything else unchanged."""
    d = normalise(digits)
    return f"{d[:3]} {d[3:6]} {d[6:]}" if len(d) == 10 and d.isdigit() else digits


def from_test_range(serial: int) -> str:
    """A valid number from the 999 range that NHS England keeps for testing, for demo data."""
    n = serial
    while True:
        first_nine = f"999{n % 1_000_000:06d}"
        check = check_digit(first_nine)
        if check is not None:
            return f"{first_nine}{check}"
        n += 1
