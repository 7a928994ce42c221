"""Locale and option plumbing shared by the Intl services (ECMA-402 §9).

https://tc39.es/ecma402/#sec-abstract-operations

The engine carries English data only (CLDR "en", which is American English),
so the available locales are "en" and "en-US"; every other request resolves
to the default locale "en-US" instead of failing, because code written for
browsers passes whatever locale its user has and expects formatted output,
never an exception.  Language tags are still validated and canonicalized as
the spec requires (an ill-formed tag is a RangeError everywhere).
"""
import re

from ..interp.ops import to_boolean, to_number, to_object, to_string, length_of_array_like
from ..interp.values import JSObject, range_error, type_error

DEFAULT_LOCALE = "en-US"
AVAILABLE_LOCALES = frozenset(("en", "en-US"))

_ALPHANUM = r"[a-z0-9]"
_LANGUAGE = r"(?:[a-z]{2,3}|[a-z]{5,8})"
_SCRIPT = r"[a-z]{4}"
_REGION = r"(?:[a-z]{2}|[0-9]{3})"
_VARIANT = r"(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3})"
_LANGUAGE_ID = re.compile(
    rf"({_LANGUAGE})(?:-({_SCRIPT}))?(?:-({_REGION}))?((?:-{_VARIANT})*)(?=-|$)")
_SUBTAG = re.compile(r"[a-z0-9]{1,8}$")

# Deprecated language subtags CLDR replaces (the common ones; UTS 35 §3.2.1)
_LANGUAGE_ALIASES = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro",
                     "aju": "jrb", "cmn": "zh", "arb": "ar", "zsm": "ms", "swh": "sw"}


def is_structurally_valid_language_tag(tag):
    """https://tc39.es/ecma402/#sec-isstructurallyvalidlanguagetag"""
    return _parse_tag(tag) is not None


def _parse_tag(tag):
    """Split a unicode_locale_id: (language, script, region, variants, extensions, private).

    None when the tag is not well-formed (including duplicate variants or singletons).
    """
    if not tag.isascii() or tag != tag.strip() or not tag:
        return None
    low = tag.lower()
    m = _LANGUAGE_ID.match(low)
    if m is None:
        return None
    language, script, region, variants = m.group(1), m.group(2), m.group(3), m.group(4)
    variants = variants.split("-")[1:] if variants else []
    if len(set(variants)) != len(variants):
        return None
    rest = low[m.end():]
    subtags = rest.split("-")[1:] if rest else []
    if any(not _SUBTAG.match(s) for s in subtags):
        return None
    extensions, private, singletons = [], None, set()
    i = 0
    while i < len(subtags):
        singleton = subtags[i]
        if len(singleton) != 1:
            return None
        if singleton == "x":
            if i + 1 >= len(subtags):
                return None
            private = subtags[i + 1:]
            break
        if singleton in singletons:
            return None
        singletons.add(singleton)
        j = i + 1
        while j < len(subtags) and len(subtags[j]) > 1:
            j += 1
        body = subtags[i + 1:j]
        if not body or any(len(s) < 2 for s in body):
            return None
        extensions.append((singleton, body))
        i = j
    return language, script, region, variants, extensions, private


def _canonical_unicode_extension(body):
    """Attributes first, then keywords sorted by key; a "true" value is dropped."""
    attributes, keywords, i = [], [], 0
    while i < len(body) and len(body[i]) != 2:
        attributes.append(body[i])
        i += 1
    seen = set()
    while i < len(body):
        key, values = body[i], []
        i += 1
        while i < len(body) and len(body[i]) != 2:
            values.append(body[i])
            i += 1
        if key in seen:
            continue
        seen.add(key)
        if values == ["true"]:
            values = []
        keywords.append((key, values))
    keywords.sort()
    out = list(dict.fromkeys(attributes))
    for key, values in keywords:
        out.append(key)
        out.extend(values)
    return out


def canonicalize_unicode_locale_id(tag):
    """https://tc39.es/ecma402/#sec-canonicalizeunicodelocaleid (case, order, common aliases)."""
    language, script, region, variants, extensions, private = _parse_tag(tag)
    language = _LANGUAGE_ALIASES.get(language, language)
    parts = [language]
    if script:
        parts.append(script.title())
    if region:
        parts.append(region.upper())
    parts.extend(sorted(variants))
    for singleton, body in sorted(extensions):
        if singleton == "u":
            body = _canonical_unicode_extension(body)
        parts.append(singleton)
        parts.extend(body)
    if private:
        parts.append("x")
        parts.extend(private)
    return "-".join(parts)


def canonicalize_locale_list(locales):
    """https://tc39.es/ecma402/#sec-canonicalizelocalelist"""
    if locales is None:
        return []
    seen = []
    if type(locales) is str or hasattr(locales, "locale_tag"):
        items = [locales]
    else:
        o = to_object(locales)
        items = []
        for k in range(length_of_array_like(o)):
            pk = str(k)
            if o.has_property(pk):
                items.append(o.get(pk, o))
    for value in items:
        if type(value) is not str and not isinstance(value, JSObject):
            raise type_error("Language ID should be string or object.")
        tag = getattr(value, "locale_tag", None) or to_string(value)
        if not is_structurally_valid_language_tag(tag):
            raise range_error(f"Incorrect locale information provided: {tag}")
        canonical = canonicalize_unicode_locale_id(tag)
        if canonical not in seen:
            seen.append(canonical)
    return seen


def _strip_extensions(tag):
    return re.sub(r"-[a-wyz0-9](?:-[a-z0-9]{2,8})+", "", tag.split("-x-")[0])


def lookup_matching_locale(tag):
    """LookupMatchingLocaleByPrefix for one request: the available locale or None.

    https://tc39.es/ecma402/#sec-lookupmatchinglocalebyprefix
    """
    candidate = _strip_extensions(tag)
    while candidate:
        if candidate in AVAILABLE_LOCALES:
            return candidate
        pos = candidate.rfind("-")
        if pos < 0:
            return None
        if pos >= 2 and candidate[pos - 2] == "-":
            pos -= 2
        candidate = candidate[:pos]
    return None


def unicode_keywords(tag):
    """The -u- keywords of a canonical tag as a dict (key -> value string, "true" when empty)."""
    m = re.search(r"(?:^|-)u((?:-[a-z0-9]{2,8})+)", tag.split("-x-")[0])
    if not m:
        return {}
    body = m.group(1).split("-")[1:]
    out, key = {}, None
    for sub in body:
        if len(sub) == 1:
            break
        if len(sub) == 2:
            key = sub
            out.setdefault(key, "")
        elif key is not None and key in out:
            out[key] = (out[key] + "-" + sub) if out[key] else sub
    return {k: (v or "true") for k, v in out.items()}


def resolve_locale(requested, relevant_keys=(), supported=None):
    """ResolveLocale with the lookup matcher: (locale string, {key: value}).

    ``supported`` maps each relevant extension key to a predicate on its value;
    keys with supported values are kept in the locale string, as the spec does.
    https://tc39.es/ecma402/#sec-resolvelocale
    """
    found, extension_source = None, None
    for tag in requested:
        found = lookup_matching_locale(tag)
        if found is not None:
            extension_source = tag
            break
    if found is None:
        found = DEFAULT_LOCALE
    keywords = unicode_keywords(extension_source) if extension_source else {}
    resolved, kept = {}, []
    for key in relevant_keys:
        value = keywords.get(key)
        if value is not None and supported and supported.get(key, lambda v: False)(value):
            resolved[key] = value
            kept.append(key if value == "true" else f"{key}-{value}")
    locale = found + ("-u-" + "-".join(kept) if kept else "")
    return locale, resolved


def supported_locales(requested, options):
    """SupportedLocales (lookup): the requested tags some available locale serves.

    https://tc39.es/ecma402/#sec-supportedlocales
    """
    options = coerce_options_to_object(options)
    get_option(options, "localeMatcher", "string", ("lookup", "best fit"), "best fit")
    return [tag for tag in requested if lookup_matching_locale(tag) is not None]


# -- options -------------------------------------------------------------------


def coerce_options_to_object(options):
    """https://tc39.es/ecma402/#sec-coerceoptionstoobject"""
    if options is None:
        return JSObject(None)
    return to_object(options)


def get_options_object(options):
    """https://tc39.es/ecma402/#sec-getoptionsobject"""
    if options is None:
        return JSObject(None)
    if isinstance(options, JSObject):
        return options
    raise type_error("Options must be an object")


def get_option(options, prop, kind, values, default):
    """https://tc39.es/ecma402/#sec-getoption (``kind`` is "string" or "boolean")."""
    value = options.get(prop, options)
    if value is None:
        return default
    value = to_boolean(value) if kind == "boolean" else to_string(value)
    if values and value not in values:
        raise range_error(f"Value {value} out of range for Intl options property {prop}")
    return value


def default_number_option(value, minimum, maximum, fallback, prop="option"):
    """https://tc39.es/ecma402/#sec-defaultnumberoption"""
    if value is None:
        return fallback
    n = to_number(value)
    if n != n or n < minimum or n > maximum:
        raise range_error(f"{prop} value is out of range.")
    return int(n // 1)


def get_number_option(options, prop, minimum, maximum, fallback):
    """https://tc39.es/ecma402/#sec-getnumberoption"""
    return default_number_option(options.get(prop, options), minimum, maximum, fallback, prop)
