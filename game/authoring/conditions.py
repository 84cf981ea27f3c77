"""The condition language of choices' `if`, parsed by a real grammar (never `eval`).

    expr       := or_expr
    or_expr    := and_expr ("or" and_expr)*
    and_expr   := not_expr ("and" not_expr)*
    not_expr   := "not" not_expr | comparison
    comparison := operand (("==" | "!=" | "<" | "<=" | ">" | ">=") operand)?
    operand    := NAME | INTEGER | STRING | "true" | "false" | "(" expr ")"

Parsing gives a small tree; `check` types it against the declared variables and
`compile_condition` turns it into a closure over a variables mapping.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Union

from .bounds import MAX_INTEGER, integer_in_bounds

Value = Union[bool, int, str]
Predicate = Callable[[Mapping[str, Value]], bool]

_TOKEN = re.compile(
    r"""(?P<space>\s+)
      | (?P<int>-?\d+)
      | (?P<string>"(?:[^"\\]|\\.)*")
      | (?P<op>==|!=|<=|>=|<|>)
      | (?P<paren>[()])
      | (?P<name>[A-Za-z_][A-Za-z0-9_-]*)
    """,
    re.VERBOSE,
)
_KEYWORDS = {"and", "or", "not", "true", "false"}
MAX_NESTING = 50
"""Parentheses and 'not's nested deeper than this are refused (the parser and checks recurse)."""
_COMPARISONS = {"==", "!=", "<", "<=", ">", ">="}


class ConditionError(Exception):
    """A condition that does not parse or does not type-check; `offset` is 0-based in the text.
    `code` names the diagnostic when it is not the validator's usual one for the message."""

    def __init__(self, message: str, offset: int, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.offset = offset
        self.code = code


@dataclass(frozen=True, slots=True)
class Token:
    kind: str
    text: str
    offset: int


@dataclass(frozen=True, slots=True)
class Literal:
    value: Value
    offset: int


@dataclass(frozen=True, slots=True)
class Name:
    name: str
    offset: int


@dataclass(frozen=True, slots=True)
class Not:
    operand: "Expr"
    offset: int


@dataclass(frozen=True, slots=True)
class BoolOp:
    op: str  # "and" | "or"
    operands: tuple["Expr", ...]
    offset: int


@dataclass(frozen=True, slots=True)
class Compare:
    op: str
    left: "Expr"
    right: "Expr"
    offset: int


Expr = Union[Literal, Name, Not, BoolOp, Compare]


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            char = text[position]
            hint = " (strings use double quotes)" if char == "'" else ""
            hint = " (use 'and', 'or', 'not')" if char in "&|!" else hint
            hint = " (compare with '==')" if char == "=" else hint
            shown = f'"{char}"' if char == "'" else f"'{char}'"
            raise ConditionError(f"unexpected character {shown}{hint}", position)
        kind = match.lastgroup or ""
        if kind != "space":
            word = match.group()
            kind = "keyword" if kind == "name" and word in _KEYWORDS else kind
            tokens.append(Token(kind, word, position))
        position = match.end()
    tokens.append(Token("end", "", len(text)))
    return tokens


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = tokenize(text)
        self.index = 0
        self.depth = 0

    @property
    def current(self) -> Token:
        return self.tokens[self.index]

    def take(self) -> Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def parse(self) -> Expr:
        if self.current.kind == "end":
            raise ConditionError("empty condition", 0)
        expr = self.or_expr()
        if self.current.kind != "end":
            raise ConditionError(f"unexpected '{self.current.text}' after a complete condition", self.current.offset)
        return expr

    def or_expr(self) -> Expr:
        return self._chain("or", self.and_expr)

    def and_expr(self) -> Expr:
        return self._chain("and", self.not_expr)

    def _chain(self, word: str, operand: Callable[[], Expr]) -> Expr:
        first = operand()
        operands = [first]
        while self.current.kind == "keyword" and self.current.text == word:
            self.take()
            operands.append(operand())
        return first if len(operands) == 1 else BoolOp(word, tuple(operands), _offset(first))

    def nest(self, offset: int) -> None:
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise ConditionError(f"condition nests more than {MAX_NESTING} levels of '(' or 'not'", offset)

    def not_expr(self) -> Expr:
        if self.current.kind == "keyword" and self.current.text == "not":
            token = self.take()
            self.nest(token.offset)
            operand = self.not_expr()
            self.depth -= 1
            return Not(operand, token.offset)
        return self.comparison()

    def comparison(self) -> Expr:
        left = self.operand()
        if self.current.kind == "op":
            token = self.take()
            right = self.operand()
            if self.current.kind == "op":
                raise ConditionError("comparisons cannot be chained: join them with 'and'", self.current.offset)
            return Compare(token.text, left, right, token.offset)
        return left

    def operand(self) -> Expr:
        token = self.take()
        if token.kind == "int":
            return Literal(_integer(token), token.offset)
        if token.kind == "string":
            return Literal(_unescape(token.text[1:-1]), token.offset)
        if token.kind == "keyword" and token.text in ("true", "false"):
            return Literal(token.text == "true", token.offset)
        if token.kind == "name":
            return Name(token.text, token.offset)
        if token.kind == "paren" and token.text == "(":
            self.nest(token.offset)
            inner = self.or_expr()
            closing = self.take()
            if closing.text != ")":
                raise ConditionError("missing ')'", closing.offset)
            self.depth -= 1
            return inner
        if token.kind == "end":
            raise ConditionError("condition ends too early: a value is missing", token.offset)
        raise ConditionError(f"expected a variable or a value, found '{token.text}'", token.offset)


def _integer(token: Token) -> int:
    """A number of the condition, within the format's bounds (checked on its digits first: Python
    refuses to read decimal integers of more than 4,300 digits)."""
    digits = token.text.lstrip("-").lstrip("0")
    if len(digits) <= len(str(MAX_INTEGER)) and integer_in_bounds(int(token.text)):
        return int(token.text)
    shown = token.text if len(token.text) <= 20 else f"{token.text[:12]}... ({len(digits):,} digits)"
    raise ConditionError(f"the number {shown} is beyond the format's bounds ({-MAX_INTEGER:,} to {MAX_INTEGER:,}): "
                         "compare with a number a variable can hold", token.offset, code="BH015")


def _unescape(body: str) -> str:
    return re.sub(r"\\(.)", r"\1", body)


def _offset(expr: Expr) -> int:
    return expr.offset


def parse_condition(text: str) -> Expr:
    """Parse a condition; raises ConditionError with the offset of the problem."""
    return _Parser(text).parse()


def names_in(expr: Expr) -> list[Name]:
    if isinstance(expr, Name):
        return [expr]
    if isinstance(expr, Not):
        return names_in(expr.operand)
    if isinstance(expr, BoolOp):
        return [n for operand in expr.operands for n in names_in(operand)]
    if isinstance(expr, Compare):
        return names_in(expr.left) + names_in(expr.right)
    return []


def _type_name(value_type: type) -> str:
    return {bool: "true/false", int: "number", str: "text"}[value_type]


def check_types(expr: Expr, types: Mapping[str, type]) -> None:
    """Raise ConditionError where values of different types meet; names must be declared."""
    _type_of(expr, types, as_test=True)


def _type_of(expr: Expr, types: Mapping[str, type], *, as_test: bool) -> type:
    if isinstance(expr, Literal):
        kind = type(expr.value)
    elif isinstance(expr, Name):
        kind = types[expr.name]
    elif isinstance(expr, Not):
        _type_of(expr.operand, types, as_test=True)
        return bool
    elif isinstance(expr, BoolOp):
        for operand in expr.operands:
            _type_of(operand, types, as_test=True)
        return bool
    else:
        left = _type_of(expr.left, types, as_test=False)
        right = _type_of(expr.right, types, as_test=False)
        if left is not right:
            raise ConditionError(f"'{expr.op}' compares a {_type_name(left)} with a {_type_name(right)}", expr.offset)
        if expr.op not in ("==", "!=") and left is not int:
            raise ConditionError(f"'{expr.op}' needs numbers, not {_type_name(left)} values", expr.offset)
        return bool
    if as_test and kind is str:
        raise ConditionError("text is not a condition on its own: compare it, e.g. mood == \"calm\"", expr.offset)
    return kind


def compile_condition(expr: Expr) -> Predicate:
    """A closure evaluating the (type-checked) condition against a variables mapping."""
    if isinstance(expr, Literal):
        value = expr.value
        return lambda variables: bool(value)
    if isinstance(expr, Name):
        name = expr.name
        return lambda variables: bool(variables[name])
    if isinstance(expr, Not):
        inner = compile_condition(expr.operand)
        return lambda variables: not inner(variables)
    if isinstance(expr, BoolOp):
        parts = tuple(compile_condition(operand) for operand in expr.operands)
        if expr.op == "and":
            return lambda variables: all(part(variables) for part in parts)
        return lambda variables: any(part(variables) for part in parts)
    return _compile_compare(expr)


def _compile_value(expr: Expr) -> Callable[[Mapping[str, Value]], Value]:
    if isinstance(expr, Literal):
        value = expr.value
        return lambda variables: value
    if isinstance(expr, Name):
        name = expr.name
        return lambda variables: variables[name]
    predicate = compile_condition(expr)
    return predicate


def _compile_compare(expr: Compare) -> Predicate:
    left, right = _compile_value(expr.left), _compile_value(expr.right)
    if isinstance(expr.left, Name) and isinstance(expr.right, Literal):
        name, constant = expr.left.name, expr.right.value
        fast = {
            "==": lambda v: v[name] == constant, "!=": lambda v: v[name] != constant,
            "<": lambda v: v[name] < constant, "<=": lambda v: v[name] <= constant,  # type: ignore[operator]
            ">": lambda v: v[name] > constant, ">=": lambda v: v[name] >= constant,  # type: ignore[operator]
        }
        return fast[expr.op]
    operators: dict[str, Callable[[Value, Value], bool]] = {
        "==": lambda a, b: a == b, "!=": lambda a, b: a != b,
        "<": lambda a, b: a < b, "<=": lambda a, b: a <= b,  # type: ignore[operator]
        ">": lambda a, b: a > b, ">=": lambda a, b: a >= b,  # type: ignore[operator]
    }
    compare = operators[expr.op]
    return lambda variables: compare(left(variables), right(variables))
