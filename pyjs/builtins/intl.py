"""The Intl object (ECMA-402) with English data: what real Workers code calls.

https://tc39.es/ecma402/

Services: DateTimeFormat, NumberFormat, Collator, PluralRules,
RelativeTimeFormat, ListFormat and Segmenter, plus Intl.getCanonicalLocales
and Intl.supportedValuesOf.  This module is the JS wiring (constructors,
prototypes, brand checks, parts arrays); the algorithms live in
``intl_locale`` (locale lists, ResolveLocale, GetOption), ``intl_number``,
``intl_datetime``, ``intl_plural`` and ``intl_text``.

Every locale is accepted; what is not English resolves to "en-US" (see
intl_locale).  With Intl present, ECMA-402 redefines the locale-sensitive
methods of ECMA-262 (``Number.prototype.toLocaleString``,
``Date.prototype.toLocale{,Date,Time}String``, ``BigInt.prototype.toLocaleString``,
``String.prototype.localeCompare``) in terms of these services: intl_methods.py
replaces those methods with ones that honour ``locales``/``options`` (their
default output is unchanged: Node's en-US) when a realm is made, while this
module's objects are created when a program first uses Intl (lazy.py).
"""
from ..interp.ops import (describe, get_iterator, get_prototype_from_constructor, iterator_close,
                          iterator_step_value, to_integer_or_infinity,
                          to_number, to_string)
from ..interp.values import (CONFIGURABLE, HIDDEN, JSObject, MISSING, Prop,
                             SYM_ITERATOR, SYM_TO_STRING_TAG, range_error, type_error)
from ._helpers import (arg, getter, install_global, lazy_module, make_constructor, method,
                       namespace_object, native)

# The formatters, locale data and text algorithms are imported by the first Intl call.
dtf = lazy_module("pyjs.builtins.intl_datetime")
nfm = lazy_module("pyjs.builtins.intl_number")
loc = lazy_module("pyjs.builtins.intl_locale")
plural = lazy_module("pyjs.builtins.intl_plural")
text = lazy_module("pyjs.builtins.intl_text")



class IntlObject(JSObject):
    """An instance of one Intl service: ``kind`` is its brand, ``rec`` its internal slots."""
    __slots__ = ("kind", "rec", "bound")

    def __init__(self, proto, kind, rec):
        super().__init__(proto)
        self.kind = kind
        self.rec = rec
        self.bound = None


class SegmentsObject(JSObject):
    """A Segments instance: [[SegmentsSegmenter]], [[SegmentsString]] (+ cached boundaries)."""
    __slots__ = ("granularity", "string", "_segments")

    def __init__(self, proto, granularity, string):
        super().__init__(proto)
        self.granularity = granularity
        self.string = string
        self._segments = None

    def segments(self):
        if self._segments is None:
            self._segments = text.segment_boundaries(self.string, self.granularity)
        return self._segments


class SegmentIterator(JSObject):
    __slots__ = ("segments", "position")

    def __init__(self, proto, segments):
        super().__init__(proto)
        self.segments = segments
        self.position = 0


def this_intl(this, kind, name):
    """The brand check of every prototype method (RequireInternalSlot)."""
    if not isinstance(this, IntlObject) or this.kind != kind:
        raise type_error(f"Method Intl.{kind}.prototype.{name} called on incompatible receiver "
                         f"{describe(this)}")
    return this.rec


def _object(realm, entries):
    """A plain object with the given data properties, in order (Python tuples become arrays)."""
    o = realm.new_object()
    for key, value in entries:
        o.props[key] = realm.new_array(value) if type(value) is tuple else value
    return o


def _parts_array(realm, parts, extra=()):
    """An array of {type, value, ...extra} objects from (type, value) pairs."""
    return realm.new_array(_object(realm, [("type", t), ("value", v)] + list(extra)) for t, v in parts)


def setup(realm):
    intl = namespace_object(realm, "%Intl%")
    intl.props[SYM_TO_STRING_TAG] = Prop("Intl", CONFIGURABLE)
    install_global(realm, "Intl", intl)

    @method(realm, intl, "getCanonicalLocales", 1)
    def get_canonical_locales(this, args):
        """https://tc39.es/ecma402/#sec-intl.getcanonicallocales"""
        return realm.new_array(loc.canonicalize_locale_list(arg(args, 0)))

    @method(realm, intl, "supportedValuesOf", 1)
    def supported_values_of(this, args):
        """https://tc39.es/ecma402/#sec-intl.supportedvaluesof"""
        key = to_string(arg(args, 0))
        if key == "timeZone":
            import zoneinfo
            values = sorted(z for z in zoneinfo.available_timezones()
                            if "/" in z and not z.startswith(("Etc/", "SystemV/", "posix", "right")))
        else:
            values = {"calendar": ["gregory"], "collation": ["emoji", "eor"],
                      "currency": sorted(nfm._CURRENCIES), "numberingSystem": ["latn"],
                      "unit": sorted(nfm._UNITS)}.get(key)
            if values is None:
                raise range_error(f"Invalid key : {key}")
        return realm.new_array(values)

    _setup_date_time_format(realm, intl)
    _setup_number_format(realm, intl)
    _setup_collator(realm, intl)
    _setup_plural_rules(realm, intl)
    _setup_relative_time_format(realm, intl)
    _setup_list_format(realm, intl)
    _setup_segmenter(realm, intl)


def _service(realm, intl, name, length, create, callable_without_new):
    """Create Intl[name]: constructor, prototype (with @@toStringTag) and supportedLocalesOf.

    ``create(locales, options)`` returns the internal record; DateTimeFormat,
    NumberFormat and Collator may be called without ``new`` (ECMA-402 legacy).
    """
    proto = JSObject(realm.object_prototype)
    proto.props[SYM_TO_STRING_TAG] = Prop("Intl." + name, CONFIGURABLE)
    proto_name = f"%Intl.{name}.prototype%"
    realm.intrinsics[proto_name] = proto

    def construct(args, new_target):
        obj_proto = get_prototype_from_constructor(new_target, proto_name)
        return IntlObject(obj_proto, name, create(arg(args, 0), arg(args, 1)))

    def call(this, args):
        if not callable_without_new:
            raise type_error(f"Constructor Intl.{name} requires 'new'")
        return construct(args, ctor)

    ctor = make_constructor(realm, name, length, call, construct, proto, intrinsic=f"%Intl.{name}%")

    @method(realm, ctor, "supportedLocalesOf", 1)
    def supported_locales_of(this, args):
        """https://tc39.es/ecma402/#sec-intl.datetimeformat.supportedlocalesof (and the others)"""
        requested = loc.canonicalize_locale_list(arg(args, 0))
        return realm.new_array(loc.supported_locales(requested, arg(args, 1)))

    intl.props[name] = Prop(ctor, HIDDEN)
    return proto


def _bound_getter(realm, proto, kind, name, length, fn):
    """A getter returning a cached bound function (format, compare): ``fn(rec, args)``."""
    def get(this, args):
        if not isinstance(this, IntlObject) or this.kind != kind:
            raise type_error(f"Method get Intl.{kind}.prototype.{name} called on incompatible "
                             f"receiver {describe(this)}")
        if this.bound is None:
            rec = this.rec
            this.bound = native(realm, lambda t, a: fn(rec, a), "", length)
        return this.bound
    getter(realm, proto, name)(get)


def _resolved_options(realm, proto, kind, entries_of):
    @method(realm, proto, "resolvedOptions", 0)
    def resolved_options(this, args):
        return _object(realm, entries_of(this_intl(this, kind, "resolvedOptions")))


# -- DateTimeFormat ---------------------------------------------------------------


def _setup_date_time_format(realm, intl):
    proto = _service(realm, intl, "DateTimeFormat", 0,
                     lambda locales, options: dtf.create_date_time_format(locales, options,
                                                                          "any", "date"), True)
    _bound_getter(realm, proto, "DateTimeFormat", "format", 1,
                  lambda rec, args: dtf.format_date_time(
                      rec, dtf.to_date_time_formattable(arg(args, 0))))

    @method(realm, proto, "formatToParts", 1)
    def format_to_parts(this, args):
        rec = this_intl(this, "DateTimeFormat", "formatToParts")
        t = dtf.to_date_time_formattable(arg(args, 0))
        return _parts_array(realm, dtf.format_date_time_to_parts(rec, t))

    def range_parts(this, args, name):
        rec = this_intl(this, "DateTimeFormat", name)
        start, end = arg(args, 0), arg(args, 1)
        if start is None or end is None:
            raise type_error("startDate and endDate must not be undefined")
        x = dtf.to_date_time_formattable(start)
        y = dtf.to_date_time_formattable(end)
        return dtf.format_date_time_range_to_parts(rec, x, y)

    @method(realm, proto, "formatRange", 2)
    def format_range(this, args):
        return "".join(v for _, v, _ in range_parts(this, args, "formatRange"))

    @method(realm, proto, "formatRangeToParts", 2)
    def format_range_to_parts(this, args):
        return realm.new_array(_object(realm, [("type", t), ("value", v), ("source", s)])
                               for t, v, s in range_parts(this, args, "formatRangeToParts"))

    _resolved_options(realm, proto, "DateTimeFormat", lambda rec: dtf.resolved_options_entries(rec))


# -- NumberFormat -----------------------------------------------------------------


def _setup_number_format(realm, intl):
    proto = _service(realm, intl, "NumberFormat", 0,
                     lambda locales, options: nfm.initialize_number_format(locales, options), True)
    _bound_getter(realm, proto, "NumberFormat", "format", 1,
                  lambda rec, args: nfm.format_numeric(rec, arg(args, 0)))

    @method(realm, proto, "formatToParts", 1)
    def format_to_parts(this, args):
        rec = this_intl(this, "NumberFormat", "formatToParts")
        return _parts_array(realm, nfm.format_numeric_to_parts(rec, arg(args, 0)))

    def range_parts(this, args, name):
        """PartitionNumberRangePattern, simplified: "3–5", "$3.00 – $5.00", "~5" when equal.

        https://tc39.es/ecma402/#sec-partitionnumberrangepattern
        """
        rec = this_intl(this, "NumberFormat", name)
        start, end = arg(args, 0), arg(args, 1)
        if start is None or end is None:
            raise type_error("start and end must not be undefined")
        x = nfm.to_intl_mathematical_value(start)
        y = nfm.to_intl_mathematical_value(end)
        if x[1] == "nan" or y[1] == "nan":
            raise range_error("Invalid number range")
        xp = nfm.partition_number_pattern(rec, *x)
        yp = nfm.partition_number_pattern(rec, *y)
        if xp == yp:
            return [("approximatelySign", "~", "shared")] + [(t, v, "shared") for t, v in xp]
        sep = "–" if rec.style == "decimal" and rec.notation == "standard" else " – "
        return ([(t, v, "startRange") for t, v in xp] + [("literal", sep, "shared")] +
                [(t, v, "endRange") for t, v in yp])

    @method(realm, proto, "formatRange", 2)
    def format_range(this, args):
        return "".join(v for _, v, _ in range_parts(this, args, "formatRange"))

    @method(realm, proto, "formatRangeToParts", 2)
    def format_range_to_parts(this, args):
        return realm.new_array(_object(realm, [("type", t), ("value", v), ("source", s)])
                               for t, v, s in range_parts(this, args, "formatRangeToParts"))

    _resolved_options(realm, proto, "NumberFormat", lambda rec: nfm.resolved_options_entries(rec))


# -- Collator ---------------------------------------------------------------------


def initialize_collator(locales, options):
    """https://tc39.es/ecma402/#sec-initializecollator : the record as a dict."""
    requested = loc.canonicalize_locale_list(locales)
    options = loc.coerce_options_to_object(options)
    usage = loc.get_option(options, "usage", "string", ("sort", "search"), "sort")
    loc.get_option(options, "localeMatcher", "string", ("lookup", "best fit"), "best fit")
    collation = loc.get_option(options, "collation", "string", (), None)
    if collation is not None and not collation.replace("-", "").isalnum():
        raise range_error(f"Invalid collation : {collation}")
    numeric = loc.get_option(options, "numeric", "boolean", (), None)
    case_first = loc.get_option(options, "caseFirst", "string", ("upper", "lower", "false"), None)
    locale, keywords = loc.resolve_locale(requested, ("kf", "kn"), {
        "kf": lambda v: v in ("upper", "lower", "false"), "kn": lambda v: v in ("true", "false")})
    if numeric is None:
        numeric = keywords.get("kn") == "true"
    if case_first is None:
        case_first = keywords.get("kf", "false")
    sensitivity = loc.get_option(options, "sensitivity", "string",
                             ("base", "accent", "case", "variant"), "variant")
    ignore_punctuation = loc.get_option(options, "ignorePunctuation", "boolean", (), False)
    return {"locale": locale, "usage": usage, "sensitivity": sensitivity,
            "ignorePunctuation": ignore_punctuation, "collation": "default",
            "numeric": numeric, "caseFirst": case_first}


def collator_compare(rec, x, y):
    """CompareStrings with the collator's options: -1.0, 0.0 or 1.0."""
    return float(text.compare_strings(x, y, rec["sensitivity"], rec["numeric"], rec["caseFirst"],
                                 rec["ignorePunctuation"]))


def _setup_collator(realm, intl):
    proto = _service(realm, intl, "Collator", 0, initialize_collator, True)
    _bound_getter(realm, proto, "Collator", "compare", 2,
                  lambda rec, args: collator_compare(rec, to_string(arg(args, 0)),
                                                     to_string(arg(args, 1))))
    _resolved_options(realm, proto, "Collator", lambda rec: list(rec.items()))


# -- PluralRules ------------------------------------------------------------------


def initialize_plural_rules(locales, options):
    """https://tc39.es/ecma402/#sec-initializepluralrules : (type, NumberFormatRecord)."""
    requested = loc.canonicalize_locale_list(locales)
    options = loc.coerce_options_to_object(options)
    loc.get_option(options, "localeMatcher", "string", ("lookup", "best fit"), "best fit")
    kind = loc.get_option(options, "type", "string", ("cardinal", "ordinal"), "cardinal")
    rec = nfm.NumberFormatRecord()
    rec.notation, rec.style, rec.use_grouping = "standard", "decimal", False
    nfm.set_number_format_digit_options(rec, options, 0, 3, "standard")
    rec.locale, _ = loc.resolve_locale(requested)
    return kind, rec


def _plural_rules_options(state):
    kind, rec = state
    entries = [(k, v) for k, v in nfm.resolved_options_entries(rec)
               if k in ("locale", "minimumIntegerDigits", "minimumFractionDigits",
                        "maximumFractionDigits", "minimumSignificantDigits",
                        "maximumSignificantDigits", "roundingIncrement", "roundingMode",
                        "roundingPriority", "trailingZeroDisplay")]
    categories = plural.CARDINAL_CATEGORIES if kind == "cardinal" else plural.ORDINAL_CATEGORIES
    entries.insert(1, ("type", kind))
    at = next(i for i, (k, _) in enumerate(entries) if k == "roundingIncrement")
    entries.insert(at, ("pluralCategories", tuple(categories)))
    return entries


def _setup_plural_rules(realm, intl):
    proto = _service(realm, intl, "PluralRules", 0, initialize_plural_rules, False)

    @method(realm, proto, "select", 1)
    def select(this, args):
        """https://tc39.es/ecma402/#sec-intl.pluralrules.prototype.select"""
        kind, rec = this_intl(this, "PluralRules", "select")
        return plural.resolve_plural(rec, kind, *nfm.number_to_intl_value(to_number(arg(args, 0))))

    @method(realm, proto, "selectRange", 2)
    def select_range(this, args):
        """https://tc39.es/ecma402/#sec-intl.pluralrules.prototype.selectrange

        CLDR en plural ranges are all "other" (one–other, other–one, other–other).
        """
        kind, rec = this_intl(this, "PluralRules", "selectRange")
        start, end = arg(args, 0), arg(args, 1)
        if start is None or end is None:
            raise type_error("start and end must not be undefined")
        x, y = to_number(start), to_number(end)
        if x != x or y != y:
            raise range_error("Invalid number range")
        return "other"

    _resolved_options(realm, proto, "PluralRules", _plural_rules_options)


# -- RelativeTimeFormat -----------------------------------------------------------


def initialize_relative_time_format(locales, options):
    """https://tc39.es/ecma402/#sec-InitializeRelativeTimeFormat : a dict record."""
    requested = loc.canonicalize_locale_list(locales)
    options = loc.coerce_options_to_object(options)
    loc.get_option(options, "localeMatcher", "string", ("lookup", "best fit"), "best fit")
    numbering = loc.get_option(options, "numberingSystem", "string", (), None)
    if numbering is not None and not numbering.replace("-", "").isalnum():
        raise range_error(f"Invalid numberingSystem : {numbering}")
    locale, _ = loc.resolve_locale(requested)
    style = loc.get_option(options, "style", "string", ("long", "short", "narrow"), "long")
    numeric = loc.get_option(options, "numeric", "string", ("always", "auto"), "always")
    return {"locale": locale, "style": style, "numeric": numeric,
            "nf": nfm.initialize_number_format(None, None)}


def partition_relative_time_pattern(rec, value, unit):
    """https://tc39.es/ecma402/#sec-PartitionRelativeTimePattern : [(type, value, unit or None)]."""
    value = to_number(value)
    unit = to_string(unit)
    if value != value or value in (float("inf"), float("-inf")):
        raise range_error("Invalid time value")
    singular = plural.singular_relative_time_unit(unit)
    if singular is None:
        raise range_error(f"Invalid unit argument for format() '{unit}'")
    if rec["numeric"] == "auto":
        phrase = plural.auto_phrase(singular, value, rec["style"])
        if phrase is not None:
            return [("literal", phrase, None)]
    negative, x = nfm.number_to_intl_value(value)
    number = nfm.partition_number_pattern(rec["nf"], False, x)
    one = [v for t, v in number if t != "group"] == ["1"]
    prefix, suffix = plural.relative_time_affixes(singular, rec["style"], negative, one)
    return ([("literal", prefix, None)] if prefix else []) + \
        [(t, v, singular) for t, v in number] + [("literal", suffix, None)]


def _setup_relative_time_format(realm, intl):
    proto = _service(realm, intl, "RelativeTimeFormat", 0, initialize_relative_time_format, False)

    @method(realm, proto, "format", 2)
    def format_(this, args):
        rec = this_intl(this, "RelativeTimeFormat", "format")
        return "".join(v for _, v, _ in partition_relative_time_pattern(rec, arg(args, 0),
                                                                        arg(args, 1)))

    @method(realm, proto, "formatToParts", 2)
    def format_to_parts(this, args):
        rec = this_intl(this, "RelativeTimeFormat", "formatToParts")
        parts = partition_relative_time_pattern(rec, arg(args, 0), arg(args, 1))
        return realm.new_array(
            _object(realm, [("type", t), ("value", v)] + ([("unit", u)] if u else []))
            for t, v, u in parts)

    _resolved_options(realm, proto, "RelativeTimeFormat",
                      lambda rec: [("locale", rec["locale"]), ("style", rec["style"]),
                                   ("numeric", rec["numeric"]), ("numberingSystem", "latn")])


# -- ListFormat -------------------------------------------------------------------


def initialize_list_format(locales, options):
    """https://tc39.es/ecma402/#sec-Intl.ListFormat : a dict record."""
    requested = loc.canonicalize_locale_list(locales)
    options = loc.get_options_object(options)
    loc.get_option(options, "localeMatcher", "string", ("lookup", "best fit"), "best fit")
    locale, _ = loc.resolve_locale(requested)
    kind = loc.get_option(options, "type", "string", ("conjunction", "disjunction", "unit"),
                      "conjunction")
    style = loc.get_option(options, "style", "string", ("long", "short", "narrow"), "long")
    return {"locale": locale, "type": kind, "style": style}


def string_list_from_iterable(iterable):
    """https://tc39.es/ecma402/#sec-createstringlistfromiterable"""
    if iterable is None:
        return []
    rec = get_iterator(iterable)
    out = []
    while True:
        value = iterator_step_value(rec)
        if value is MISSING:
            return out
        if type(value) is not str:
            error = type_error(f"Iterable yielded {describe(value)} which is not a string")
            iterator_close(rec, error)
            raise error
        out.append(value)


def _setup_list_format(realm, intl):
    proto = _service(realm, intl, "ListFormat", 0, initialize_list_format, False)

    def parts_of(this, args, name):
        rec = this_intl(this, "ListFormat", name)
        return text.create_parts_from_list(rec["type"], rec["style"],
                                      string_list_from_iterable(arg(args, 0)))

    @method(realm, proto, "format", 1)
    def format_(this, args):
        return "".join(v for _, v in parts_of(this, args, "format"))

    @method(realm, proto, "formatToParts", 1)
    def format_to_parts(this, args):
        return _parts_array(realm, parts_of(this, args, "formatToParts"))

    _resolved_options(realm, proto, "ListFormat", lambda rec: list(rec.items()))


# -- Segmenter --------------------------------------------------------------------


def initialize_segmenter(locales, options):
    """https://tc39.es/ecma402/#sec-intl.segmenter : a dict record."""
    requested = loc.canonicalize_locale_list(locales)
    options = loc.get_options_object(options)
    loc.get_option(options, "localeMatcher", "string", ("lookup", "best fit"), "best fit")
    locale, _ = loc.resolve_locale(requested)
    granularity = loc.get_option(options, "granularity", "string", ("grapheme", "word", "sentence"),
                             "grapheme")
    return {"locale": locale, "granularity": granularity}


def _segment_data(realm, segments, start, end, word_like):
    """https://tc39.es/ecma402/#sec-createsegmentdataobject"""
    entries = [("segment", segments.string[start:end]), ("index", float(start)),
               ("input", segments.string)]
    if segments.granularity == "word":
        entries.append(("isWordLike", bool(word_like)))
    return _object(realm, entries)


def _setup_segmenter(realm, intl):
    proto = _service(realm, intl, "Segmenter", 0, initialize_segmenter, False)
    segments_proto = JSObject(realm.object_prototype)
    realm.intrinsics["%IntlSegmentsPrototype%"] = segments_proto
    iterator_proto = JSObject(realm.intrinsics["%IteratorPrototype%"])
    realm.intrinsics["%IntlSegmentIteratorPrototype%"] = iterator_proto
    iterator_proto.props[SYM_TO_STRING_TAG] = Prop("Segmenter String Iterator", CONFIGURABLE)

    @method(realm, proto, "segment", 1)
    def segment(this, args):
        """https://tc39.es/ecma402/#sec-intl.segmenter.prototype.segment"""
        rec = this_intl(this, "Segmenter", "segment")
        return SegmentsObject(segments_proto, rec["granularity"], to_string(arg(args, 0)))

    def this_segments(this, name):
        if not isinstance(this, SegmentsObject):
            raise type_error(f"Method %Segments.prototype%.{name} called on incompatible receiver")
        return this

    @method(realm, segments_proto, "containing", 1)
    def containing(this, args):
        """https://tc39.es/ecma402/#sec-%segmentsprototype%.containing"""
        segments = this_segments(this, "containing")
        n = to_integer_or_infinity(arg(args, 0))
        if n < 0 or n >= len(segments.string):
            return None
        for start, end, word_like in segments.segments():
            if start <= n < end:
                return _segment_data(realm, segments, start, end, word_like)
        return None

    def iterate(this, args):
        return SegmentIterator(iterator_proto, this_segments(this, "[Symbol.iterator]"))
    segments_proto.props[SYM_ITERATOR] = Prop(native(realm, iterate, "[Symbol.iterator]", 0), HIDDEN)

    @method(realm, iterator_proto, "next", 0)
    def next_(this, args):
        """https://tc39.es/ecma402/#sec-%segmentiteratorprototype%.next"""
        from ..interp.ops import create_iter_result
        if not isinstance(this, SegmentIterator):
            raise type_error("Method %SegmentIterator.prototype%.next called on incompatible receiver")
        all_segments = this.segments.segments()
        if this.position >= len(all_segments):
            return create_iter_result(None, True)
        start, end, word_like = all_segments[this.position]
        this.position += 1
        return create_iter_result(_segment_data(realm, this.segments, start, end, word_like), False)

    _resolved_options(realm, proto, "Segmenter", lambda rec: list(rec.items()))
