package corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Hand-written generic containers: a binary search tree and a growable ring buffer. */
public class DataStructures {
  static final class Tree<K extends Comparable<K>, V> {
    private final class Node {
      final K key;
      V value;
      Node left;
      Node right;

      Node(K key, V value) {
        this.key = key;
        this.value = value;
      }
    }

    private Node root;
    private int size;

    void put(K key, V value) {
      root = put(root, key, value);
    }

    private Node put(Node node, K key, V value) {
      if (node == null) {
        size++;
        return new Node(key, value);
      }
      int c = key.compareTo(node.key);
      if (c < 0) {
        node.left = put(node.left, key, value);
      } else if (c > 0) {
        node.right = put(node.right, key, value);
      } else {
        node.value = value;
      }
      return node;
    }

    V get(K key) {
      Node node = root;
      while (node != null) {
        int c = key.compareTo(node.key);
        if (c == 0) {
          return node.value;
        }
        node = c < 0 ? node.left : node.right;
      }
      return null;
    }

    int height() {
      return height(root);
    }

    private int height(Node node) {
      return node == null ? 0 : 1 + Math.max(height(node.left), height(node.right));
    }

    void inOrder(Consumer<K> visitor) {
      inOrder(root, visitor);
    }

    private void inOrder(Node node, Consumer<K> visitor) {
      if (node != null) {
        inOrder(node.left, visitor);
        visitor.accept(node.key);
        inOrder(node.right, visitor);
      }
    }
  }

  static final class Ring<T> {
    private Object[] items = new Object[2];
    private int head;
    private int count;

    void push(T item) {
      if (count == items.length) {
        Object[] bigger = new Object[items.length * 2];
        for (int i = 0; i < count; i++) {
          bigger[i] = items[(head + i) % items.length];
        }
        items = bigger;
        head = 0;
      }
      items[(head + count++) % items.length] = item;
    }

    @SuppressWarnings("unchecked")
    T pop() {
      T item = (T) items[head];
      items[head] = null;
      head = (head + 1) % items.length;
      count--;
      return item;
    }
  }

  public static void main(String[] args) {
    Tree<String, Integer> tree = new Tree<>();
    String[] keys = "m f t b h p w a c g i n q v x".split(" ");
    for (int i = 0; i < keys.length; i++) {
      tree.put(keys[i], i);
    }
    tree.put("m", 100);
    List<String> order = new ArrayList<>();
    tree.inOrder(order::add);
    System.out.println(order + " size " + tree.size + " height " + tree.height() + " m="
        + tree.get("m") + " z=" + tree.get("z"));
    Ring<Integer> ring = new Ring<>();
    StringBuilder popped = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      ring.push(i);
      if (i % 3 == 2) {
        popped.append(ring.pop()).append(',');
      }
    }
    while (ring.count > 0) {
      popped.append(ring.pop()).append(',');
    }
    System.out.println(popped + " capacity " + ring.items.length);
  }
}
