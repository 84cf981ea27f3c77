"""Meaning checks of a scenario's header: numbers and their bounds, bands, variables, cast and assets."""

from __future__ import annotations

from pathlib import Path

from .assets import AssetProblem, check_asset, leaves_assets
from .bounds import DIMENSION_WEIGHT, INTEGER_HINT, MAX_INTEGER, MINUTES, Limit, integer_in_bounds
from .checkcontext import RESERVED_WORDS, VARIABLE_NAME, CheckContext, Path_, as_dict, as_list, check_slug, is_int, \
    is_number
from .diagnostics import short, shown_number
from .model import localized
from .textfields import LANGUAGE_CODE
from scoring import PERCENT_MAX, PERCENT_MIN

# -- header -------------------------------------------------------------------

def check_header(ctx: CheckContext) -> None:
    data = ctx.data
    check_slug(ctx, data.get("id"), ("id",), "scenario id")
    language = data.get("language")
    if isinstance(language, str) and not LANGUAGE_CODE.fullmatch(language):
        ctx.error(("language",), "BH013", f"'{language}' is not a language code such as 'en' or 'fr'")
    difficulty = data.get("difficulty")
    if is_int(difficulty) and not 1 <= difficulty <= 3:
        ctx.error(("difficulty",), "BH013", f"difficulty must be 1, 2 or 3, not {shown_number(difficulty)}")
    minutes = data.get("minutes")
    if is_number(minutes) and minutes <= 0:
        ctx.error(("minutes",), "BH013", f"minutes must be more than 0, not {shown_number(minutes)}")
    check_limit(ctx, minutes, ("minutes",), "'minutes'", MINUTES)
    _check_percent(ctx, data.get("pass_mark"), ("pass_mark",))
    if "dimensions" in data and isinstance(data["dimensions"], dict) and not data["dimensions"]:
        ctx.error(("dimensions",), "BH013", "declare at least one dimension")
    for name, dimension in ctx.dimensions.items():
        weight = as_dict(dimension).get("weight")
        if is_number(weight) and weight <= 0:
            ctx.error(("dimensions", name, "weight"), "BH013", f"weight must be more than 0, not {shown_number(weight)}")
        check_limit(ctx, weight, ("dimensions", name, "weight"), "'weight'", DIMENSION_WEIGHT)
    _check_bands(ctx, data.get("bands"), ("bands",))
    for name, limit in as_dict(data.get("assessment")).items():
        _check_percent(ctx, limit, ("assessment", name), what="an assessment threshold")
    for name, dimension in ctx.dimensions.items():
        _check_bands(ctx, as_dict(dimension).get("bands"), ("dimensions", name, "bands"))
    for name, mark in as_dict(data.get("pass_marks")).items():
        if name not in ctx.dimensions:
            ctx.error(("pass_marks", name), "BH051",
                      f"pass mark for undeclared dimension '{name}'{ctx.suggest(name, ctx.dimensions)}", key=True)
        _check_percent(ctx, mark, ("pass_marks", name))
    seen: dict[str, int] = {}
    for index, objective in enumerate(as_list(data.get("objectives"))):
        ident = as_dict(objective).get("id")
        check_slug(ctx, ident, ("objectives", index, "id"), "objective id")
        if isinstance(ident, str):
            if ident in seen:
                ctx.error(("objectives", index, "id"), "BH021", f"objective id '{ident}' is used twice")
            seen[ident] = index


def _check_bands(ctx: CheckContext, bands: object, path: Path_) -> None:
    starts: dict[float, int] = {}
    for index, band in enumerate(as_list(bands)):
        start = as_dict(band).get("from")
        if not is_number(start):
            continue
        if not PERCENT_MIN <= start <= PERCENT_MAX:
            ctx.error(path + (index, "from"), "BH013",
                      f"a band starts at a percent from 0 to 100, not {shown_number(start)}")
        elif start in starts:
            ctx.error(path + (index, "from"), "BH013", f"two bands start at {start:g}%")
        starts.setdefault(start, index)
    _check_band_labels(ctx, as_list(bands), path)


def _check_band_labels(ctx: CheckContext, bands: list, path: Path_) -> None:
    """Each band needs a label, different from the others' in every language a trainee may play in
    (a label missing in a language shows the scenario's own, so it may clash there)."""
    own = ctx.data.get("language", "en")
    own = own if isinstance(own, str) else "en"
    labels = [(index, as_dict(band).get("label")) for index, band in enumerate(bands)]
    labels = [(index, label) for index, label in labels if isinstance(label, (str, dict))]
    languages = [own] + sorted({k for _, label in labels if isinstance(label, dict) for k in label
                                if isinstance(k, str) and k != own})
    for language in languages:
        seen: dict[str, int] = {}
        for index, label in labels:
            text = localized(label, language, own)
            where = path + (index, "label")
            place = f" in '{language}'" if language != own else ""
            if not isinstance(text, str):
                continue
            if not text.strip():
                ctx.error(where, "BH013", f"a band needs a label{place}: name it, e.g. 'competent'")
                return
            if text in seen:
                ctx.error(where, "BH013", f"two bands are labelled '{short(text)}'{place}: "
                                          "give each band its own label")
                return
            seen[text] = index


def _check_percent(ctx: CheckContext, value: object, path: Path_, *, what: str = "a pass mark") -> None:
    if is_number(value) and not PERCENT_MIN <= value <= PERCENT_MAX:
        ctx.error(path, "BH013", f"{what} is a percent from 0 to 100, not {shown_number(value)}")


def check_limit(ctx: CheckContext, value: object, path: Path_, name: str, limit: Limit) -> None:
    """BH015 for a finite number above the format's limit for this field."""
    if is_number(value) and value > limit.maximum:
        ctx.error(path, "BH015", f"{name} is at most {limit.maximum:,}, not {shown_number(value)}: {limit.why}")


def check_integer(ctx: CheckContext, value: object, path: Path_, name: str) -> None:
    """BH015 for an integer beyond the format's bounds (variables, effects)."""
    if is_int(value) and not integer_in_bounds(value):
        ctx.error(path, "BH015", f"{name} is a whole number from {-MAX_INTEGER:,} to {MAX_INTEGER:,}, "
                                 f"not {shown_number(value)}: {INTEGER_HINT}")


# -- variables, cast, assets --------------------------------------------------

def check_variables(ctx: CheckContext) -> None:
    for name, variable in ctx.variables.items():
        if isinstance(name, str) and (not VARIABLE_NAME.fullmatch(name) or name in RESERVED_WORDS):
            ctx.error(("variables", name), "BH020",
                      f"variable name '{name}' cannot be used in conditions: start with a letter, "
                      "use letters, digits, '_' or '-', and avoid and/or/not/true/false", key=True)
        variable = as_dict(variable)
        value, low, high = variable.get("value"), variable.get("min"), variable.get("max")
        path = ("variables", name)
        for key in ("value", "min", "max"):
            check_integer(ctx, variable.get(key), path + (key,), f"'{key}'")
        if not is_int(value):
            for bound in ("min", "max"):
                if bound in variable and "value" in variable:  # a missing value is reported as BH010
                    ctx.error(path + (bound,), "BH072", f"'{bound}' applies only to integer variables", key=True)
            continue
        low_text, high_text, value_text = shown_number(low), shown_number(high), shown_number(value)
        if is_int(low) and is_int(high) and low > high:
            ctx.error(path + ("min",), "BH072", f"min {low_text} is greater than max {high_text}")
        elif is_int(low) and value < low:
            ctx.error(path + ("value",), "BH072", f"value {value_text} is below min {low_text}")
        elif is_int(high) and value > high:
            ctx.error(path + ("value",), "BH072", f"value {value_text} is above max {high_text}")


def check_cast(ctx: CheckContext) -> None:
    for name, member in as_dict(ctx.data.get("cast")).items():
        check_asset_path(ctx, as_dict(member).get("portrait"), ("cast", name, "portrait"))


def check_asset_path(ctx: CheckContext, value: object, path: Path_) -> None:
    if not isinstance(value, str):
        return
    if leaves_assets(value):
        ctx.error(path, "BH080", f"asset path '{short(value)}' leaves assets/: give a path inside assets/, "
                                 "such as backgrounds/market.png")
        return
    if ctx.assets_dir is None:
        return
    _, problem, reason = check_asset(ctx.assets_dir, value)
    if problem is AssetProblem.LINKS_OUT:
        ctx.error(path, "BH080", f"asset path '{short(value)}' leads out of assets/ through a symbolic link: "
                                 "copy the picture itself into assets/")
    elif problem is AssetProblem.MISSING:
        ctx.warn(path, "BH081", f"asset '{short(value)}' not found in {shown_folder(ctx.assets_dir)}")
    elif problem is AssetProblem.UNREADABLE:
        ctx.warn(path, "BH081", f"asset '{short(value)}' cannot be opened ({reason}): use a short path of "
                                "plain letters, digits, '-' and '/'")


def shown_folder(folder: Path) -> str:
    """A folder as messages show it: relative to the working folder when inside it, like file names."""
    try:
        return folder.resolve().relative_to(Path.cwd().resolve()).as_posix() + "/"
    except ValueError:
        return str(folder)
