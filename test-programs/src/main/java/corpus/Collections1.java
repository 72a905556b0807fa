package corpus;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The collections framework: lists, maps, sets, queues, iteration and removal. */
public class Collections1 {
  public static void main(String[] args) {
    List<String> list = new ArrayList<>(List.of("delta", "alpha", "charlie", "bravo"));
    list.add(1, "echo");
    list.remove("charlie");
    Collections.sort(list);
    System.out.println(list + " " + list.indexOf("delta") + " " + list.contains("zulu"));
    Collections.reverse(list);
    System.out.println(list + " " + Collections.max(list) + " " + Collections.min(list));
    Map<String, Integer> counts = new HashMap<>();
    String text = "the cat and the dog and the bird";
    for (String word : text.split(" ")) {
      counts.merge(word, 1, Integer::sum);
    }
    System.out.println(new TreeMap<>(counts));
    Map<Integer, String> linked = new LinkedHashMap<>();
    for (int i = 5; i > 0; i--) {
      linked.put(i * 7 % 11, "v" + i);
    }
    System.out.println(linked + " " + linked.getOrDefault(100, "missing"));
    Set<Integer> hashSet = new HashSet<>();
    for (int i = 0; i < 50; i += 3) {
      hashSet.add(i);
    }
    hashSet.removeIf(x -> x % 2 == 0);
    System.out.println(new TreeSet<>(hashSet));
    TreeMap<String, Integer> tree = new TreeMap<>(counts);
    System.out.println(tree.firstKey() + " " + tree.lastEntry() + " " + tree.headMap("dog") + " "
        + tree.ceilingKey("c") + " " + tree.descendingMap());
    Deque<Integer> deque = new ArrayDeque<>();
    for (int i = 0; i < 5; i++) {
      deque.addFirst(i);
      deque.addLast(-i);
    }
    System.out.println(deque + " " + deque.pollFirst() + " " + deque.pollLast() + " "
        + deque.peek());
    LinkedList<String> linkedList = new LinkedList<>(list);
    linkedList.addFirst("first");
    linkedList.removeLast();
    Iterator<String> it = linkedList.iterator();
    while (it.hasNext()) {
      if (it.next().startsWith("d")) {
        it.remove();
      }
    }
    System.out.println(linkedList);
    PriorityQueue<Integer> heap = new PriorityQueue<>(Collections.reverseOrder());
    for (int v : new int[] {5, 1, 9, 3, 7, 2}) {
      heap.add(v);
    }
    StringBuilder order = new StringBuilder();
    while (!heap.isEmpty()) {
      order.append(heap.poll()).append(' ');
    }
    System.out.println(order.toString().trim());
    Map<Integer, Integer> big = new HashMap<>();
    for (int i = 0; i < 100000; i++) {
      big.put(i, i * 2);
    }
    long sum = 0;
    for (Map.Entry<Integer, Integer> e : big.entrySet()) {
      sum += e.getKey() + e.getValue();
    }
    System.out.println(big.size() + " " + sum + " " + big.get(77777));
    List<Integer> immutable = List.of(1, 2, 3);
    try {
      immutable.add(4);
    } catch (UnsupportedOperationException e) {
      System.out.println("immutable: " + e);
    }
    try {
      for (String s : list) {
        list.remove(s);
      }
    } catch (java.util.ConcurrentModificationException e) {
      System.out.println("ConcurrentModificationException");
    }
    System.out.println(Map.of("k", 1) + " " + Set.of() + " " + Collections.emptyList() + " "
        + Collections.nCopies(3, "ab") + " " + Collections.frequency(list, "echo"));
  }
}
