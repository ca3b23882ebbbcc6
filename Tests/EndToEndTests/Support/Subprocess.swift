import Foundation

/// Runs a program to completion with posix_spawn and waitpid. Foundation's Process is avoided:
/// its exit monitoring can hang under parallel tests, and a daemon it starts (the tmux server)
/// may hold an output pipe open. Output goes to a nameless temporary file instead of a pipe.
enum Subprocess {
  static func run(_ path: String, _ arguments: [String], environment: [String: String]) throws -> (
    status: Int32, output: String
  ) {
    var template = Array("\(NSTemporaryDirectory())/mssdash-e2e-out-XXXXXX".utf8CString)
    let outputFD = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      let fd = mkstemp(base)
      if fd >= 0 { unlink(base) }
      return fd
    }
    guard outputFD >= 0 else { throw E2EFailure("cannot create a temporary file") }
    defer { close(outputFD) }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, outputFD, 1)
    posix_spawn_file_actions_adddup2(&actions, outputFD, 2)

    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for string in argv + envp { free(string) } }

    // The test runner's threads may block or ignore signals; the terminal under test must not
    // inherit that, or SIGINT and SIGTERM would never reach the dashboard.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
    guard spawned == 0 else { throw E2EFailure("cannot start \(path): error \(spawned)") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      guard errno == EINTR else { throw E2EFailure("waitpid failed for \(path)") }
    }

    var output = Data()
    var buffer = [UInt8](repeating: 0, count: 65536)
    var offset: off_t = 0
    while true {
      let count = buffer.withUnsafeMutableBytes {
        pread(outputFD, $0.baseAddress, $0.count, offset)
      }
      guard count > 0 else { break }
      output.append(contentsOf: buffer[0..<count])
      offset += off_t(count)
    }
    let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return (exitStatus, String(decoding: output, as: UTF8.self))
  }
}
