// The executable jeyra:compile wrote must behave as the JVM running the same classes does:
// same stdout, stderr and exit status, with and without arguments.
def executable = new File(basedir, "app/target/app")
assert executable.canExecute() : "jeyra:compile wrote no executable at " + executable

def javaHome = System.getProperty("java.home")
def classPath = new File(basedir, "app/target/classes").path + File.pathSeparator +
    new File(basedir, "greeting/target/greeting-1.0.jar").path

def run(List<String> command) {
  def process = command.execute()
  def out = new StringBuilder(), err = new StringBuilder()
  process.waitForProcessOutput(out, err)
  [out.toString(), err.toString(), process.exitValue()]
}

for (arguments in [["world", "maven"], []]) {
  def nativeRun = run([executable.path] + arguments)
  def jvmRun = run([javaHome + "/bin/java", "-cp", classPath, "example.app.Main"] + arguments)
  println "native " + arguments + ": " + nativeRun
  assert nativeRun == jvmRun
}

def log = new File(basedir, "build.log").text
assert log.contains("jeyra: wrote ")
return true
