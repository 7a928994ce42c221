// A bank account simulation: classes, private fields, custom errors, static members.
class InsufficientFundsError extends Error {
  constructor(account, amount) {
    super(`Insufficient funds in ${account.id}: balance ${account.balance.toFixed(2)}, requested ${amount.toFixed(2)}`);
    this.name = 'InsufficientFundsError';
    this.shortfall = amount - account.balance;
  }
}
class FrozenAccountError extends Error {
  name = 'FrozenAccountError';
}

class Account {
  static #nextId = 1000;
  static count = 0;
  #balance = 0;
  #history = [];
  constructor(owner, initial = 0) {
    this.id = `ACC-${Account.#nextId++}`;
    this.owner = owner;
    this.frozen = false;
    Account.count++;
    if (initial) this.deposit(initial, 'opening');
  }
  get balance() { return this.#balance; }
  get history() { return [...this.#history]; }
  #record(type, amount, memo) {
    this.#history.push({ type, amount, balance: this.#balance, memo });
  }
  #check() { if (this.frozen) throw new FrozenAccountError(`${this.id} is frozen`); }
  deposit(amount, memo = '') {
    this.#check();
    if (!(amount > 0)) throw new RangeError(`Invalid amount: ${amount}`);
    this.#balance = Math.round((this.#balance + amount) * 100) / 100;
    this.#record('deposit', amount, memo);
    return this;
  }
  withdraw(amount, memo = '') {
    this.#check();
    if (amount > this.#balance) throw new InsufficientFundsError(this, amount);
    this.#balance = Math.round((this.#balance - amount) * 100) / 100;
    this.#record('withdraw', amount, memo);
    return this;
  }
  static transfer(from, to, amount) {
    from.withdraw(amount, `to ${to.id}`);
    try {
      to.deposit(amount, `from ${from.id}`);
    } catch (e) {
      from.deposit(amount, 'refund');
      throw e;
    }
  }
  static isAccount(x) { return #balance in x; }
}
class SavingsAccount extends Account {
  constructor(owner, initial, rate) { super(owner, initial); this.rate = rate; }
  addInterest() { return this.deposit(Math.round(this.balance * this.rate * 100) / 100, 'interest'); }
}

const alice = new Account('Alice', 100);
const bob = new SavingsAccount('Bob', 250.5, 0.015);
alice.deposit(50.25).withdraw(20, 'groceries');
Account.transfer(bob, alice, 75.5);
bob.addInterest();
console.log(alice.balance, bob.balance, Account.count);
console.log(alice);
console.log(bob);
console.table(alice.history);
for (const attempt of [() => alice.withdraw(1000), () => alice.deposit(-5), () => alice.deposit(NaN)]) {
  try { attempt(); } catch (e) {
    console.log(`${e.name}: ${e.message}`, e instanceof InsufficientFundsError, e instanceof RangeError);
    if (e.shortfall) console.log('shortfall', e.shortfall.toFixed(2));
  }
}
bob.frozen = true;
try { Account.transfer(alice, bob, 10); } catch (e) {
  console.log(String(e), e.constructor.name, alice.balance);
}
console.log(Account.isAccount(bob), Account.isAccount({}), Object.keys(bob), JSON.stringify(alice));
console.log(bob.history.map(h => `${h.type.padEnd(8)} ${h.amount.toFixed(2).padStart(8)} ${h.balance.toFixed(2).padStart(8)} ${h.memo}`).join('\n'));
