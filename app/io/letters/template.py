"""Letter templates: a small line-based language an organisation can edit (see resources/templates/README.md).

A template is parsed once into nodes, checked against the dataclass it is written for (so a misspelt
field is reported even inside an ``@if`` that is not taken), then evaluated against a context into
``Block``s that a backend (PDF, plain text, HTML) lays out. Templates never carry markup: field values
and the template's own words reach a backend as plain text, and each backend escapes for itself.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from app.errors import LinkwellError
from app.i18n import translate

if TYPE_CHECKING:
    from _typeshed import DataclassInstance


class TemplateError(LinkwellError):
    """A template that cannot be used: names the template, the line and the field."""

    def __init__(self, template: str, line: int, message: str, field_name: str | None = None) -> None:
        self.template, self.line, self.field = template, line, field_name
        super().__init__(translate("letters", "Template '{template}', line {line}: {message}").format(template=template, line=line, message=message))


# --- what a template becomes -----------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False


Spans = tuple[Span, ...]


@dataclass(frozen=True)
class Block:
    """One laid-out piece of a letter.

    kind: letterhead, title, heading, para, bullet, right, small, row, fields, address, pagebreak;
    and pair (a bilingual letter's Welsh and English side by side, in ``sides``).
    """

    kind: str
    spans: Spans = ()
    level: int = 0  # bullets: 0 or 1
    symbol: str = ""  # rows (easy read): the picture symbol
    rows: tuple[tuple[str, Spans], ...] = ()  # fields: (label, value)
    lines: tuple[Spans, ...] = ()  # address
    sides: tuple[tuple[Block, ...], ...] = ()  # pair: the left column's blocks, then the right's

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)


@dataclass(frozen=True)
class Document:
    template: str
    blocks: tuple[Block, ...]
    title: str = ""  # the first @title, for the PDF's metadata
    running: str = ""  # the header on continuation pages
    footer: str = ""
    page_label: str = "Page {number} of {total}"  # in the letter's language


# --- parsed nodes ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Field:
    path: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class _Bold:
    pass


_Part = str | _Field | _Bold


@dataclass
class _Node:
    kind: str  # a block kind, or if / for / running / footer / fieldrow / addressline
    line: int
    parts: list[_Part] = field(default_factory=list)
    level: int = 0
    symbol: str = ""
    label: str = ""
    children: list[_Node] = field(default_factory=list)
    orelse: list[_Node] = field(default_factory=list)
    path: tuple[str, ...] = ()
    negate: bool = False
    var: str = ""


_SIMPLE = {"title", "heading", "right", "small", "running", "footer"}
_BARE = {"letterhead", "pagebreak"}
_GROUPS = {"fields": "fieldrow", "address": "addressline"}
_PATH = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*")
_FOR = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\s+in\s+(\S+)")


class _Parser:
    def __init__(self, name: str, text: str) -> None:
        self.name = name
        self.lines = text.splitlines()

    def error(self, line: int, message: str, field_name: str | None = None) -> TemplateError:
        return TemplateError(self.name, line, message, field_name)

    def parse(self) -> list[_Node]:
        root: list[_Node] = []
        # Each open block: (node or None for the root, the list being filled, mode, @-name)
        stack: list[tuple[_Node | None, list[_Node], str, str]] = [(None, root, "body", "")]
        para: _Node | None = None
        for number, raw in enumerate(self.lines, start=1):
            stripped = raw.strip()
            node, target, mode, _ = stack[-1]
            if stripped.startswith("#"):
                continue
            if not stripped.startswith("@") and mode == "body" and stripped and not stripped.startswith("- "):
                parts = self.inline(stripped, number)
                if para is None:
                    para = _Node("para", number)
                    target.append(para)
                else:
                    para.parts.append(" ")
                para.parts.extend(parts)
                continue
            para = None
            if not stripped:
                continue
            if not stripped.startswith("@"):
                target.append(self.plain_line(stripped, raw, number, mode))
                continue
            name, _, rest = stripped[1:].partition(" ")
            rest = rest.strip()
            if name == "end":
                if len(stack) == 1:
                    raise self.error(number, "@end has no @if, @for, @fields or @address to close.")
                stack.pop()
            elif name == "else":
                if node is None or node.kind != "if" or target is node.orelse:
                    raise self.error(number, "@else must come inside an @if, once.")
                stack[-1] = (node, node.orelse, mode, "if")
            elif name == "if":
                negate = rest.startswith("not ")
                path = self.path(rest[4:].strip() if negate else rest, number, "@if")
                new = _Node("if", number, path=path, negate=negate)
                target.append(new)
                stack.append((new, new.children, mode, "if"))
            elif name == "for":
                match = _FOR.fullmatch(rest)
                if not match:
                    raise self.error(number, f"@for must read '@for NAME in GROUP.LIST', not '@for {rest}'.")
                new = _Node("for", number, var=match[1], path=self.path(match[2], number, "@for"))
                target.append(new)
                stack.append((new, new.children, mode, "for"))
            elif mode != "body":
                raise self.error(number, f"@{name} cannot be used inside @{mode}; close it with @end first.")
            elif name in _GROUPS:
                new = _Node(name, number)
                target.append(new)
                stack.append((new, new.children, name, name))
            elif name in _SIMPLE:
                target.append(_Node(name, number, parts=self.inline(rest, number)))
            elif name in _BARE:
                target.append(_Node(name, number))
            elif name == "row":
                symbol, bar, text = rest.partition("|")
                if not bar or not symbol.strip():
                    raise self.error(number, "@row must read '@row SYMBOL | text'.")
                target.append(_Node("row", number, symbol=symbol.strip(), parts=self.inline(text.strip(), number)))
            else:
                raise self.error(number, f"@{name} is not a template instruction (see README.md).")
        if len(stack) > 1:
            opened = stack[-1][0]
            line = opened.line if opened else len(self.lines)
            raise self.error(line, f"@{stack[-1][3]} is never closed with @end.")
        return root

    def plain_line(self, stripped: str, raw: str, number: int, mode: str) -> _Node:
        if mode == "fieldrow" or mode == "fields":
            label, colon, text = stripped.partition(":")
            if not colon or "{" in label:
                raise self.error(number, "a row in @fields must read 'Label: text'.")
            return _Node("fieldrow", number, label=label.strip(), parts=self.inline(text.strip(), number))
        if mode == "address":
            return _Node("addressline", number, parts=self.inline(stripped, number))
        indent = len(raw) - len(raw.lstrip(" "))
        return _Node("bullet", number, level=min(indent // 2, 1), parts=self.inline(stripped[2:].strip(), number))

    def path(self, text: str, number: int, where: str) -> tuple[str, ...]:
        if not _PATH.fullmatch(text):
            raise self.error(number, f"{where} needs a field name such as person.phone, not '{text}'.", text)
        return tuple(text.split("."))

    def inline(self, text: str, number: int) -> list[_Part]:
        """Words with ``{field}``s, ``**`` for bold, ``{{`` and ``}}`` for braces."""
        parts: list[_Part] = []
        literal: list[str] = []
        i = 0

        def flush() -> None:
            if literal:
                parts.append("".join(literal))
                literal.clear()

        while i < len(text):
            two = text[i:i + 2]
            if two in ("{{", "}}"):
                literal.append(two[0])
                i += 2
            elif two == "**":
                flush()
                parts.append(_Bold())
                i += 2
            elif text[i] == "{":
                end = text.find("}", i)
                if end < 0:
                    raise self.error(number, "a '{' has no closing '}' (write {{ for a brace).")
                flush()
                name = text[i + 1:end].strip()
                parts.append(_Field(self.path(name, number, "{...}"), number))
                i = end + 1
            elif text[i] == "}":
                raise self.error(number, "a '}' has no opening '{' (write }} for a brace).")
            else:
                literal.append(text[i])
                i += 1
        flush()
        return parts


# --- checking field names against the context's dataclass ------------------------------------


def _unwrap(tp: Any) -> Any:
    """``X | None`` -> ``X``."""
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return args[0] if len(args) == 1 else tp
    return tp


@cache
def _hints(cls: type) -> dict[str, Any]:
    return {k: _unwrap(v) for k, v in typing.get_type_hints(cls).items()}


def _is_group(tp: Any) -> bool:
    return dataclasses.is_dataclass(tp)


def _list_item(tp: Any) -> Any | None:
    return typing.get_args(tp)[0] if typing.get_origin(tp) is list else None


class Template:
    """A parsed, checked template. ``render(context, fmt)`` gives a ``Document``."""

    def __init__(self, name: str, text: str, context_type: type[DataclassInstance]) -> None:
        self.name = name
        self.context_type = context_type
        self.nodes = _Parser(name, text).parse()
        self._check(self.nodes, dict(_hints(context_type)))

    def _error(self, line: int, message: str, field_name: str | None = None) -> TemplateError:
        return TemplateError(self.name, line, message, field_name)

    def _type(self, path: tuple[str, ...], line: int, scope: dict[str, Any]) -> Any:
        dotted = ".".join(path)
        if path[0] not in scope:
            known = ", ".join(sorted(scope))
            raise self._error(line, f"there is no field '{dotted}' ('{path[0]}' is not one of: {known}).", dotted)
        tp = scope[path[0]]
        for depth, name in enumerate(path[1:], start=1):
            if not _is_group(tp):
                raise self._error(line, f"there is no field '{dotted}' ('{'.'.join(path[:depth])}' has no parts).",
                                  dotted)
            hints = _hints(tp)
            if name not in hints:
                known = ", ".join(hints)
                raise self._error(line, f"there is no field '{dotted}' ('{'.'.join(path[:depth])}' has: {known}).",
                                  dotted)
            tp = hints[name]
        return tp

    def _check(self, nodes: list[_Node], scope: dict[str, Any]) -> None:
        for node in nodes:
            for part in node.parts:
                if isinstance(part, _Field):
                    self._check_text_field(part, scope)
            if node.kind == "if":
                self._type(node.path, node.line, scope)
                self._check(node.children, scope)
                self._check(node.orelse, scope)
            elif node.kind == "for":
                dotted = ".".join(node.path)
                item = _list_item(self._type(node.path, node.line, scope))
                if item is None:
                    raise self._error(node.line, f"@for needs a list, and '{dotted}' is not one.", dotted)
                if node.var in scope:
                    raise self._error(node.line, f"the loop name '{node.var}' is already a field; choose another.",
                                      node.var)
                self._check(node.children, {**scope, node.var: item})
            else:
                self._check(node.children, scope)

    def _check_text_field(self, part: _Field, scope: dict[str, Any]) -> None:
        tp = self._type(part.path, part.line, scope)
        dotted = ".".join(part.path)
        item = _list_item(tp)
        if _is_group(tp):
            example = next(iter(_hints(tp)))
            raise self._error(part.line, f"'{dotted}' is a group of fields; name one, such as {dotted}.{example}.",
                              dotted)
        if item is not None and _is_group(item):
            raise self._error(part.line, f"'{dotted}' is a list; print it with '@for item in {dotted}'.", dotted)

    # --- evaluation --------------------------------------------------------------------------

    def render(self, context: Any, fmt: Callable[[Any], str], *, phone_word: str = "Phone") -> Document:
        """``phone_word``: the word before the letterhead's phone number, in the letter's language."""
        if not isinstance(context, self.context_type):
            raise TypeError(f"template {self.name} needs a {self.context_type.__name__}")
        env = {f.name: getattr(context, f.name) for f in dataclasses.fields(context)}
        meta: dict[str, str] = {}
        blocks = list(_Evaluator(fmt, meta, phone_word).run(self.nodes, env))
        title = next((b.text for b in blocks if b.kind == "title"), "")
        return Document(self.name, tuple(blocks), title=title, running=meta.get("running", ""),
                        footer=meta.get("footer", ""))


def truthy(value: Any) -> bool:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return any(truthy(getattr(value, f.name)) for f in dataclasses.fields(value))
    return bool(value)


class _Evaluator:
    def __init__(self, fmt: Callable[[Any], str], meta: dict[str, str], phone_word: str = "Phone") -> None:
        self.fmt = fmt
        self.meta = meta
        self.phone_word = phone_word

    def lookup(self, path: tuple[str, ...], env: dict[str, Any]) -> Any:
        value = env[path[0]]
        for name in path[1:]:
            value = getattr(value, name)
        return value

    def spans(self, parts: list[_Part], env: dict[str, Any]) -> Spans | None:
        """The parts as spans, or None when every field in them came out empty (the line is left out)."""
        out: list[Span] = []
        bold = False
        fields = filled = 0
        for part in parts:
            if isinstance(part, _Bold):
                bold = not bold
                continue
            if isinstance(part, _Field):
                fields += 1
                text = self.fmt(self.lookup(part.path, env))
                filled += bool(text.strip())
            else:
                text = part
            if text:
                out.append(Span(text, bold))
        if fields and not filled:
            return None
        return tuple(out)

    def run(self, nodes: list[_Node], env: dict[str, Any]) -> Iterator[Block]:
        for node in nodes:
            kind = node.kind
            if kind == "if":
                taken = truthy(self.lookup(node.path, env)) != node.negate
                yield from self.run(node.children if taken else node.orelse, env)
            elif kind == "for":
                for item in self.lookup(node.path, env):
                    yield from self.run(node.children, {**env, node.var: item})
            elif kind == "letterhead":
                yield self.letterhead(env)
            elif kind == "pagebreak":
                yield Block(kind)
            elif kind == "fields":
                rows = tuple((n.label, s) for n, s in self.flat(node.children, env) if s)
                if rows:
                    yield Block("fields", rows=rows)
            elif kind == "address":
                lines = tuple(s for _, s in self.flat(node.children, env) if s)
                if lines:
                    yield Block("address", lines=lines)
            else:
                spans = self.spans(node.parts, env)
                if not spans:
                    continue
                if kind in ("running", "footer"):
                    self.meta[kind] = "".join(s.text for s in spans)
                else:
                    yield Block(kind, spans=spans, level=node.level, symbol=node.symbol)

    def letterhead(self, env: dict[str, Any]) -> Block:
        """The sender's name in ``spans``; address lines, phone and email in ``lines``."""
        head = env.get("letterhead")
        if head is None:
            return Block("letterhead")
        address = ", ".join(p.strip() for p in self.fmt(head.address).split("\n") if p.strip())
        reach = "   ".join(p for p in (f"{self.phone_word} {self.fmt(head.phone)}" if head.phone else "",
                                        self.fmt(head.email)) if p)
        return Block("letterhead", spans=(Span(self.fmt(head.name), True),),
                     lines=tuple((Span(line),) for line in (address, reach) if line.strip()))

    def flat(self, nodes: list[_Node], env: dict[str, Any]) -> Iterator[tuple[_Node, Spans | None]]:
        """Rows of an @fields or @address block, with @if and @for inside them unrolled."""
        for node in nodes:
            if node.kind == "if":
                taken = truthy(self.lookup(node.path, env)) != node.negate
                yield from self.flat(node.children if taken else node.orelse, env)
            elif node.kind == "for":
                for item in self.lookup(node.path, env):
                    yield from self.flat(node.children, {**env, node.var: item})
            else:
                yield node, self.spans(node.parts, env)


def format_value(value: Any, date_format: Callable[[date], str]) -> str:
    """A field value as text: dates by the backend's format, lists joined, yes/no for booleans."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date):
        return date_format(value)
    if isinstance(value, list):
        return ", ".join(format_value(v, date_format) for v in value)
    return str(value)
