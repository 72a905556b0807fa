// The compiler's error reaches the Maven log as a build failure, and nothing is written.
def log = new File(basedir, "build.log").text
assert log.contains("jeyra: class example.Library has no main method")
assert log.contains("BUILD FAILURE")
assert !new File(basedir, "target/no-main-method").exists()
return true
