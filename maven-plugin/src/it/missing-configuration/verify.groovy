// A jeyra:compile execution without a main class fails and says what to set.
def log = new File(basedir, "build.log").text
assert log.contains("jeyra: set exactly one of <mainClass>")
assert log.contains("BUILD FAILURE")
assert !new File(basedir, "target/missing-configuration").exists()
return true
