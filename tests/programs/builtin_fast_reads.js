// Object.keys/values/entries read an ordinary object's data properties directly until a getter
// runs; Array.prototype.slice's species test is remembered while Array and Array.prototype stay.
const o = { b: 1, a: 2, 10: "ten", 2: "two", [Symbol("s")]: 3 };
Object.defineProperty(o, "hidden", { value: 4, enumerable: false });
Object.defineProperty(o, "acc", { get() { delete o.z; o.late = 1; return "got"; }, enumerable: true, configurable: true });
o.z = "zz";
Object.defineProperty(o, "ro", { value: "r", enumerable: true, writable: false });
console.log(Object.keys(o), Object.values(o), JSON.stringify(Object.entries(o)));
console.log(Object.keys(o), Object.values(o), JSON.stringify(Object.entries(o)));
const p = new Proxy({ x: 1, y: 2 }, { ownKeys: () => ["y", "x"] });
console.log(Object.keys(p), Object.values(p), Object.entries(p).join("|"));
console.log(Object.keys([1, , 3]), Object.values("ab"), Object.entries({}).length, Object.keys(function f(a) {}));
class C { constructor() { this.q = 1; } get g() { return 2; } }
console.log(Object.keys(new C()), Object.entries(new C()).join());
const d = { k1: 1, k2: 2, k3: 3 }; delete d.k2; d.k2 = 9;
console.log(Object.keys(d), Object.values(d), Object.entries(d).join(";"));
const withGetterFirst = {};
Object.defineProperty(withGetterFirst, "a", { get() { Object.defineProperty(withGetterFirst, "b", { enumerable: false }); return 1; }, enumerable: true, configurable: true });
withGetterFirst.b = 2; withGetterFirst.c = 3;
console.log(Object.values(withGetterFirst), Object.keys(withGetterFirst));
const arr = [1, 2, 3, 4, 5];
console.log(arr.slice(1, 3), arr.slice(-2), arr.slice(2.7, -0.5), arr.slice(NaN, Infinity), arr.slice(-Infinity, 1e300), arr.slice("1", { valueOf() { return 4; } }));
class MyArray extends Array {}
const mine = MyArray.from([1, 2, 3]);
console.log(mine.slice(1) instanceof MyArray, mine.map(x => x) instanceof MyArray, arr.slice(1) instanceof MyArray);
const own = [1, 2, 3]; own.constructor = MyArray;
console.log(own.slice(1) instanceof MyArray, [1, 2].slice(0) instanceof MyArray);
const savedSpecies = Object.getOwnPropertyDescriptor(Array, Symbol.species);
Object.defineProperty(Array, Symbol.species, { get() { return MyArray; }, configurable: true });
console.log([1, 2].slice(0) instanceof MyArray, [1, 2].filter(x => x).constructor.name);
Object.defineProperty(Array, Symbol.species, savedSpecies);
console.log([1, 2].slice(0) instanceof MyArray, [1, 2].filter(x => x).constructor.name);
const savedCtor = Array.prototype.constructor;
Array.prototype.constructor = MyArray;
console.log([1, 2].slice(0) instanceof MyArray);
Array.prototype.constructor = savedCtor;
console.log([1, 2].slice(0) instanceof MyArray, [1, , 3].slice(0).hasOwnProperty(1));
