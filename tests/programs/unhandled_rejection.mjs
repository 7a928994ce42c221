// An unhandled promise rejection ends the program with exit code 1.
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
async function fetchUser(id) {
  await wait(5);
  if (id > 2) throw new RangeError(`no user ${id}`);
  return { id, name: `user${id}` };
}
console.log(await fetchUser(1));
const results = await Promise.allSettled([1, 2, 3].map(fetchUser));
console.log(results.map((r) => r.status));
fetchUser(7);
await wait(50);
console.log('not reached: the rejection above is unhandled');
