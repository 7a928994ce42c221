"""Fast paths of the string, RegExp, JSON and Map built-ins agree with Node (expected
outputs recorded from Node 20): string methods on primitive strings, RegExp literals,
global replace/match loops run by the matcher, sticky lexing on Python's re, JSON
serialization and parsing, Map string keys."""
import json

import pytest

from pyjs import Realm

CASES = {
    "js_rx": [
        "var out = [];\nout.push(\"aXbXXc\".replace(/X*/g, \"-\"));\nout.push(\"abc\".replace(/(?:)/g, \"_\"));\nout.push(\"a1b22c333\".replace(/\\d+/g, function (m, i) { return \"<\" + m + i + \">\"; }));\nout.push(\"a1b22c333\".match(/\\d/g));\nout.push(\"xyz\".match(/q/g));\nout.push(\"ab ab ab\".replace(/(a)(b)?/g, \"$2$1\"));\nvar r = /b/g; r.lastIndex = 5; out.push(\"abcb\".replace(r, \"B\"), r.lastIndex);\n\"zzbz\".replace(/b/g, \"q\"); out.push(RegExp.lastMatch, RegExp.leftContext);\nout.push(\"a\\nb\\nc\".replace(/^/gm, \"> \"));\nout.push(\"tic tac\".replace(/\\b/g, \"|\"));\nout.push(\"aaa\".replace(/a*?/g, \"x\"));\nout.push(\"a-b_c d\".split(/[-_ ]/));\nout.push(\"one  two\".split(/(\\s)/));\nout.push(\"\ud83d\ude00a\ud83d\ude00\".replace(/(?:)/gu, \".\"));\nout.push(\"x\".replace(/x/gy, \"y\"), \"xx.x\".replace(/x/gy, \"y\"));\nvar lx = /\\s*(?:(\\d+(?:\\.\\d+)?)|([A-Za-z_]\\w*)|(\"(?:[^\"\\\\]|\\\\.)*\")|(\\/\\/[^\\n]*)|([-+*\\/=();]))/y, m, toks = [];\nvar src = 'let x1 = 3.5 + \"a\\\\\"b\" // c\\n( y )';\nwhile (lx.lastIndex < src.length && (m = lx.exec(src)) !== null) toks.push(m.join(\"|\"));\nout.push(toks);\nvar d = /(a)(?<n>b)?/d.exec(\"xab\"); out.push(d.indices.map(String), d.indices.groups.n, d.groups.n);\nvar d2 = /(a)/d.exec(\"xa\"); out.push(d2.indices.map(String), d2.indices.groups === undefined, d2.groups === undefined, d2.index, d2.input);\nvar t = /a/; t.exec = function () { return null }; out.push(t.test(\"a\"));\nvar t2 = /a/; Object.defineProperty(RegExp.prototype, \"exec\", {get() { return function () { return {}; } }, configurable: true}); out.push(/zz/.test(\"a\"));\n",
        "[\"-a--b--c-\",\"_a_b_c_\",\"a<11>b<223>c<3336>\",[\"1\",\"2\",\"2\",\"3\",\"3\",\"3\"],null,\"ba ba ba\",\"aBcB\",0,\"b\",\"zz\",\"> a\\n> b\\n> c\",\"|tic| |tac|\",\"xaxaxax\",[\"a\",\"b\",\"c\",\"d\"],[\"one\",\" \",\"\",\" \",\"two\"],\".\ud83d\ude00.a.\ud83d\ude00.\",\"y\",\"yy.x\",[\"let||let|||\",\" x1||x1|||\",\" =|||||=\",\" 3.5|3.5||||\",\" +|||||+\",\" \\\"a\\\\\\\"b\\\"|||\\\"a\\\\\\\"b\\\"||\",\" // c||||// c|\",\"\\n(|||||(\",\" y||y|||\",\" )|||||)\"],[\"1,3\",\"1,2\",\"2,3\"],[2,3],\"b\",[\"1,2\",\"1,2\"],true,true,1,\"xa\",false,true]"
    ],
    "js_json": [
        "var out = [];\nout.push(JSON.stringify({b:1, a:\"x\\n\\u2028\", 2:true, 1:null, c:[1,\"a\",null,undefined,function(){},{}], d:undefined, e:{toJSON(){return 5}}}));\nvar o = {a:{toJSON(){ delete o.b; return 1}}, b:2, c:3}; out.push(JSON.stringify(o));\nout.push(JSON.stringify({a:1,b:[1,{c:2}]}, null, 2));\nout.push(JSON.stringify({a:1,b:\"s\"}, function(k,v){ return typeof v === \"number\" ? v*2 : v }));\nout.push(JSON.stringify({a:1,b:2}, [\"b\"]));\nvar g = {}; Object.defineProperty(g, \"x\", {get(){return 7}, enumerable:true}); Object.defineProperty(g, \"y\", {value:1}); out.push(JSON.stringify(g));\nout.push(JSON.stringify(JSON.parse('{\"a\":1,\"b\":[1,2,{\"c\":null}],\"a\":3, \"\\\\ud83d\\\\ude00\":1}')));\nout.push(JSON.stringify(JSON.parse('{\"x\":1,\"y\":{\"z\":[true,false,null,\"s\",1.5e3]}}')));\nout.push(Object.keys(JSON.parse('{\"b\":1,\"1\":2,\"a\":3,\"0\":4}')).join());\ntry { var cyc = {}; cyc.self = [cyc]; JSON.stringify(cyc) } catch (e) { out.push(e.name) }\nout.push(JSON.stringify([NaN, -0, 1e21, \"\\ud800\", new String(\"w\"), new Number(3), Object(false)]));\n",
        "[\"{\\\"1\\\":null,\\\"2\\\":true,\\\"b\\\":1,\\\"a\\\":\\\"x\\\\n\u2028\\\",\\\"c\\\":[1,\\\"a\\\",null,null,null,{}],\\\"e\\\":5}\",\"{\\\"a\\\":1,\\\"c\\\":3}\",\"{\\n  \\\"a\\\": 1,\\n  \\\"b\\\": [\\n    1,\\n    {\\n      \\\"c\\\": 2\\n    }\\n  ]\\n}\",\"{\\\"a\\\":2,\\\"b\\\":\\\"s\\\"}\",\"{\\\"b\\\":2}\",\"{\\\"x\\\":7}\",\"{\\\"a\\\":3,\\\"b\\\":[1,2,{\\\"c\\\":null}],\\\"\ud83d\ude00\\\":1}\",\"{\\\"x\\\":1,\\\"y\\\":{\\\"z\\\":[true,false,null,\\\"s\\\",1500]}}\",\"0,1,b,a\",\"TypeError\",\"[null,0,1e+21,\\\"\\\\ud800\\\",\\\"w\\\",3,false]\"]"
    ],
    "js_map": [
        "var out = [];\nvar m = new Map([[\"a\", 1], [1, \"one\"], [NaN, \"nan\"], [-0, \"zero\"]]);\nm.set(\"a\", 2).set(\"b\", 3); m.set(0, \"z2\");\nout.push(m.get(\"a\"), m.get(\"b\"), m.get(\"c\"), m.get(1), m.get(NaN), m.get(0), m.has(\"a\"), m.has(\"zz\"), m.size, [...m.keys()].map(String));\nm.delete(\"a\"); m.set(\"a\", 9); out.push([...m].map(String));\nclass M2 extends Map { set(k, v) { return super.set(k, v * 2); } } var m2 = new M2([[\"x\", 1]]); m2.set(\"y\", 2); out.push([...m2].map(String));\ntry { Map.prototype.get.call({}, \"a\") } catch (e) { out.push(e.name) }\n",
        "[2,3,null,\"one\",\"nan\",\"z2\",true,false,5,[\"a\",\"1\",\"NaN\",\"0\",\"b\"],[\"1,one\",\"NaN,nan\",\"0,z2\",\"b,3\",\"a,9\"],[\"x,2\",\"y,4\"],\"TypeError\"]"
    ],
    "strings": [
        "var out = [];\nvar s = \"hello world\";\nout.push([s.charAt(1), s.charAt(1.7), s.charAt(-1), s.charAt(NaN), s.charAt(99), s.charCodeAt(0), s.charCodeAt(11), s.charCodeAt(), s.indexOf(\"o\"), s.indexOf(\"\"), s.indexOf(\"zz\"), s.slice(2), s.slice(2,4), s.slice(4,2), s.slice(2.5, 99), s.slice(-3), s.slice(-0), s.substring(4,1), s.substring(1,4), s.substring(3), s.substring(2.9, 20), s.slice(0, -1), s.substring(NaN, 2)].join(\"|\"));\nout.push(String.fromCharCode(97, 98.7, 65536 + 99, \"100\", {valueOf() { return 101; }}) + String.fromCharCode(65.5) + String.fromCharCode(), String.fromCharCode(-1).charCodeAt(0), String.fromCharCode(-0.5).charCodeAt(0), String.fromCharCode(NaN).charCodeAt(0));\nout.push(\"a-b-c\".split(\"-\"), \"abc\".split(\"\"), \"\".split(\"\"), \"\".split(\"x\"), \"a,b\".split(\",\", 1), \"aXbX\".replace(\"X\", \"_\"), \"aXbX\".replace(\"X\", \"$&$&\"), \"ab\".replace(\"\", \"-\"), \"abc\".replace(\"z\", \"q\"));\nout.push([\"a\", \"b\"].join(), [\"a\", \"b\"].join(\"-\"), [\"a\", , \"b\"].join(), [1, \"x\", null].join(\"+\"), [].join(), [\"q\"].join(undefined), [\"a\", \"b\"].join(1));\nString.prototype.foo = 5; out.push(\"abc\".foo, \"abc\"[\"0\"], \"abc\".length, \"abc\".constructor === String);\n",
        "[\"e|e||h||104|NaN|104|4|0|-1|llo world|ll||llo world|rld|hello world|ell|ell|lo world|llo world|hello worl|he\",\"abcdeA\",65535,0,0,[\"a\",\"b\",\"c\"],[\"a\",\"b\",\"c\"],[],[\"\"],[\"a\"],\"a_bX\",\"aXXbX\",\"-ab\",\"abc\",\"a,b\",\"a-b\",\"a,,b\",\"1+x+\",\"\",\"q\",\"a1b\",5,\"a\",3,true]"
    ]
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_fast_paths_agree_with_node(name):
    src, expected = CASES[name]
    r = Realm()
    r.evaluate(src)
    got = r.evaluate("JSON.stringify(out)")
    assert json.loads(_code_points(got)) == json.loads(_code_points(expected))


def _code_points(s):
    """UTF-16 code units (surrogate pairs) joined into code points."""
    return s.encode("utf-16", "surrogatepass").decode("utf-16")
