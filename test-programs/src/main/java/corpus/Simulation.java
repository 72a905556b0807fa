package corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** A bank ledger simulation mixing collections, exceptions, records and arithmetic. */
public class Simulation {
  static class InsufficientFunds extends Exception {
    InsufficientFunds(String account, long wanted, long available) {
      super(account + " wanted " + wanted + " but has " + available);
    }
  }

  record Transfer(String from, String to, long cents) {}

  static final class Bank {
    private final Map<String, Long> balances = new HashMap<>();
    private final List<Transfer> ledger = new ArrayList<>();
    private int failures;

    void open(String account, long cents) {
      balances.put(account, cents);
    }

    void transfer(String from, String to, long cents) throws InsufficientFunds {
      long available = balances.get(from);
      if (available < cents) {
        failures++;
        throw new InsufficientFunds(from, cents, available);
      }
      balances.put(from, available - cents);
      balances.merge(to, cents, Long::sum);
      ledger.add(new Transfer(from, to, cents));
    }

    long total() {
      long sum = 0;
      for (long v : balances.values()) {
        sum += v;
      }
      return sum;
    }
  }

  public static void main(String[] args) {
    Bank bank = new Bank();
    String[] accounts = {"alice", "bob", "carol", "dave", "erin"};
    for (int i = 0; i < accounts.length; i++) {
      bank.open(accounts[i], 10_000L * (i + 1));
    }
    Random random = new Random(2024);
    int reported = 0;
    for (int round = 0; round < 5000; round++) {
      String from = accounts[random.nextInt(accounts.length)];
      String to = accounts[random.nextInt(accounts.length)];
      long cents = random.nextInt(20_000);
      try {
        bank.transfer(from, to, cents);
      } catch (InsufficientFunds e) {
        if (reported++ < 5) {
          System.out.println("rejected: " + e.getMessage());
        }
      }
    }
    System.out.println("transfers " + bank.ledger.size() + ", failures " + bank.failures
        + ", total " + bank.total());
    for (String account : accounts) {
      System.out.printf("%-6s %10.2f%n", account, bank.balances.get(account) / 100.0);
    }
    Transfer largest = bank.ledger.get(0);
    for (Transfer t : bank.ledger) {
      if (t.cents() > largest.cents()) {
        largest = t;
      }
    }
    System.out.println("largest " + largest);
  }
}
