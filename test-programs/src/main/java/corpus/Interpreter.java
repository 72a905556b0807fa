package corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A small expression language: tokenizer, recursive-descent parser, tree evaluator. */
public class Interpreter {
  sealed interface Node permits Num, Var, Binary, Let {}

  record Num(double value) implements Node {}

  record Var(String name) implements Node {}

  record Binary(char op, Node left, Node right) implements Node {}

  record Let(String name, Node value, Node body) implements Node {}

  static final class Parser {
    private final List<String> tokens;
    private int at;

    Parser(String source) {
      tokens = new ArrayList<>();
      int i = 0;
      while (i < source.length()) {
        char c = source.charAt(i);
        if (Character.isWhitespace(c)) {
          i++;
        } else if (Character.isDigit(c) || c == '.') {
          int start = i;
          while (i < source.length()
              && (Character.isDigit(source.charAt(i)) || source.charAt(i) == '.')) {
            i++;
          }
          tokens.add(source.substring(start, i));
        } else if (Character.isLetter(c)) {
          int start = i;
          while (i < source.length() && Character.isLetterOrDigit(source.charAt(i))) {
            i++;
          }
          tokens.add(source.substring(start, i));
        } else {
          tokens.add(String.valueOf(c));
          i++;
        }
      }
    }

    private String peek() {
      return at < tokens.size() ? tokens.get(at) : "";
    }

    private String take() {
      return tokens.get(at++);
    }

    Node expression() {
      if (peek().equals("let")) {
        take();
        String name = take();
        expect("=");
        Node value = expression();
        expect("in");
        return new Let(name, value, expression());
      }
      Node left = term();
      while (peek().equals("+") || peek().equals("-")) {
        left = new Binary(take().charAt(0), left, term());
      }
      return left;
    }

    Node term() {
      Node left = factor();
      while (peek().equals("*") || peek().equals("/") || peek().equals("%")) {
        left = new Binary(take().charAt(0), left, factor());
      }
      return left;
    }

    Node factor() {
      String token = take();
      if (token.equals("(")) {
        Node inner = expression();
        expect(")");
        return inner;
      }
      if (token.equals("-")) {
        return new Binary('-', new Num(0), factor());
      }
      if (Character.isDigit(token.charAt(0)) || token.charAt(0) == '.') {
        return new Num(Double.parseDouble(token));
      }
      return new Var(token);
    }

    private void expect(String token) {
      if (!take().equals(token)) {
        throw new IllegalStateException("expected " + token);
      }
    }
  }

  static double evaluate(Node node, Map<String, Double> env) {
    if (node instanceof Num n) {
      return n.value();
    } else if (node instanceof Var v) {
      Double value = env.get(v.name());
      if (value == null) {
        throw new IllegalArgumentException("unbound variable " + v.name());
      }
      return value;
    } else if (node instanceof Binary b) {
      double l = evaluate(b.left(), env);
      double r = evaluate(b.right(), env);
      return switch (b.op()) {
        case '+' -> l + r;
        case '-' -> l - r;
        case '*' -> l * r;
        case '/' -> l / r;
        default -> l % r;
      };
    } else {
      Let let = (Let) node;
      Map<String, Double> inner = new HashMap<>(env);
      inner.put(let.name(), evaluate(let.value(), env));
      return evaluate(let.body(), inner);
    }
  }

  public static void main(String[] args) {
    String[] programs = {
      "1 + 2 * 3",
      "(1 + 2) * 3",
      "let x = 5 in x * x - 1",
      "let a = 2 in let b = a * 10 in b / (a + 2)",
      "10 % 4 + -3",
      "1 / 0",
      "0.1 + 0.2",
      "let r = 2 in 3.14159 * r * r",
      "y + 1",
    };
    for (String program : programs) {
      try {
        Node tree = new Parser(program).expression();
        System.out.println(program + " => " + evaluate(tree, Map.of()));
      } catch (RuntimeException e) {
        System.out.println(program + " => error: " + e.getMessage());
      }
    }
    System.out.println(new Parser("let q = 1 in q + 2").expression());
  }
}
