// Both executables, built at the same time in one Maven JVM, must behave as the JVM running
// the same classes does: same stdout, stderr and exit status, with and without arguments.
def javaHome = System.getProperty("java.home")

def run(List<String> command) {
  def process = command.execute()
  def out = new StringBuilder(), err = new StringBuilder()
  process.waitForProcessOutput(out, err)
  [out.toString(), err.toString(), process.exitValue()]
}

for (module in ["first", "second"]) {
  def executable = new File(basedir, module + "/target/" + module)
  assert executable.canExecute() : "jeyra:compile wrote no executable at " + executable
  def classes = new File(basedir, module + "/target/classes").path
  for (arguments in [["jeyra", "parallel"], []]) {
    def nativeRun = run([executable.path] + arguments)
    def jvmRun = run([javaHome + "/bin/java", "-cp", classes, "example." + module + ".Main"]
        + arguments)
    println module + " native " + arguments + ": " + nativeRun
    assert nativeRun == jvmRun
  }
}

def log = new File(basedir, "build.log").text
// Maven warns about plugins that are not marked thread-safe when it runs them in parallel.
assert !log.contains("not marked as @threadSafe") : "jeyra-maven-plugin is not thread-safe"
assert log.contains("Using the MultiThreadedBuilder implementation with a thread count of 2")
return true
