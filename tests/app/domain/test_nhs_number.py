import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain import nhs_number
from app.errors import InvalidInput


@pytest.mark.parametrize("text", ["9434765919", "943 476 5919", "943-476-5919", " 9434765919 ", "4010232137"])
def test_valid_numbers_pass(text: str) -> None:
    assert nhs_number.is_valid(text)
    assert nhs_number.parse(text) == nhs_number.normalise(text)


@pytest.mark.parametrize("text", ["9434765918", "9434765910", "1234567890"])
def test_wrong_check_digit_is_invalid(text: str) -> None:
    assert not nhs_number.is_valid(text)
    with pytest.raises(InvalidInput, match="check digit"):
        nhs_number.parse(text)


def test_remainder_ten_never_valid() -> None:
    # 000000001x: sum = 2, check = 9; find nine digits whose check would be 10 and prove none validates.
    first_nine = next(f"{n:09d}" for n in range(10**6) if nhs_number.check_digit(f"{n:09d}") is None)
    assert not any(nhs_number.is_valid(first_nine + str(d)) for d in range(10))


@pytest.mark.parametrize(
    ("text", "message"),
    [("", "10 digits"), ("94347659", "10 digits"), ("943476591900", "10 digits"),
     ("94347659l9", "only digits"), ("９４３４７６５９１９", "only digits"), ("943.476.5919", "only digits")],
)
def test_malformed_input_says_what_is_wrong(text: str, message: str) -> None:
    assert not nhs_number.is_valid(text)
    with pytest.raises(InvalidInput, match=message):
        nhs_number.parse(text)


def test_display_format() -> None:
    assert nhs_number.format_display("9434765919") == "943 476 5919"
    assert nhs_number.format_display("943 476 5919") == "943 476 5919"
    assert nhs_number.format_display("abc") == "abc"


def test_test_range_numbers_are_valid_and_distinct() -> None:
    numbers = [nhs_number.from_test_range(i) for i in range(0, 2000, 7)]
    assert all(n.startswith("999") and nhs_number.is_valid(n) for n in numbers)
    assert len(set(numbers)) > len(numbers) * 0.8


@given(st.text(max_size=30))
def test_any_text_is_either_valid_or_a_clear_error(text: str) -> None:
    try:
        digits = nhs_number.parse(text)
    except InvalidInput as exc:
        assert str(exc)
        assert not nhs_number.is_valid(text)
    else:
        assert len(digits) == 10 and nhs_number.is_valid(digits)
