#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a helper program (curl) with its output in pipes, bounded in size and time: past the
/// deadline it is killed. Only async-signal-safe work happens between fork and exec, which
/// posix_spawn does for us.
enum ChildProcess {
  static func run(
    _ program: String, _ arguments: [String], limit: Int, deadline: ContinuousClock.Instant
  ) -> Result<(status: Int32, output: [UInt8], errors: String), TransportError> {
    var outPipe: [Int32] = [-1, -1]
    var errPipe: [Int32] = [-1, -1]
    guard pipe(&outPipe) == 0 else { return .failure(TransportError("cannot make a pipe")) }
    guard pipe(&errPipe) == 0 else {
      close(outPipe[0])
      close(outPipe[1])
      return .failure(TransportError("cannot make a pipe"))
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
    for fd in outPipe + errPipe { posix_spawn_file_actions_addclose(&actions, fd) }

    let argv = arguments.map { strdup($0) } + [nil]
    defer { for string in argv { free(string) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
    close(outPipe[1])
    close(errPipe[1])
    defer {
      close(outPipe[0])
      close(errPipe[0])
    }
    guard spawned == 0 else {
      return .failure(
        TransportError("cannot run \(program): \(String(cString: strerror(spawned)))"))
    }
    var output: [UInt8] = []
    var errors: [UInt8] = []
    var open = [outPipe[0], errPipe[0]]
    var buffer = [UInt8](repeating: 0, count: 65_536)
    var failure: TransportError?
    while !open.isEmpty, failure == nil {
      let remaining = ContinuousClock.now.duration(to: deadline)
      guard remaining > .zero else {
        failure = TransportError("\(program) did not finish in time")
        break
      }
      var fds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
      let milliseconds = Int32(clamping: remaining.components.seconds * 1000 + 10)
      if poll(&fds, nfds_t(fds.count), milliseconds) < 0, errno != EINTR { break }
      for entry in fds where entry.revents != 0 {
        let count = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
        if count <= 0 {
          if count < 0, errno == EINTR { continue }
          open.removeAll { $0 == entry.fd }
        } else if entry.fd == outPipe[0] {
          output += buffer[0..<count]
          if output.count > limit { failure = TransportError("the answer is too large") }
        } else if errors.count < 4096 {
          errors += buffer[0..<count]
        }
      }
    }
    if failure != nil { kill(pid, SIGKILL) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    if let failure { return .failure(failure) }
    let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return .success((exit, output, String(decoding: errors, as: UTF8.self)))
  }
}
