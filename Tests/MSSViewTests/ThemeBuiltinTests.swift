import Foundation
import MSSCore
import Testing

@testable import MSSView

@Suite struct ThemeBuiltinTests {
  @Test func everyBuiltInThemeLoads() {
    #expect(BuiltinThemes.results.count == BuiltinThemes.order.count)
    for (name, result) in BuiltinThemes.results {
      if case .failure(let failure) = result { Issue.record("builtin:\(name): \(failure)") }
    }
    #expect(BuiltinThemes.all.map(\.name) == BuiltinThemes.order)
  }

  @Test func theBuiltInCopiesEqualTheFilesInThemes() throws {
    let files = ThemeDirectory.themeFiles(in: ThemeTestSupport.themesDirectory)
    #expect(files.count >= 6)
    #expect(files == BuiltinThemeFiles.files.map(\.file), "run python3 scripts/embed-themes.py")
    for (file, text) in BuiltinThemeFiles.files {
      let onDisk = try String(
        contentsOfFile: "\(ThemeTestSupport.themesDirectory)/\(file)", encoding: .utf8)
      #expect(
        onDisk == text,
        "Themes/\(file) differs from its built-in copy: run python3 scripts/embed-themes.py")
    }
  }

  /// The built-ins are Swift values generated from Themes/ so that start-up reads no YAML; they
  /// must be exactly what ThemeParser reads from the files (places included).
  @Test func theGeneratedDocumentsEqualParsingTheFilesInThemes() throws {
    let files = ThemeDirectory.themeFiles(in: ThemeTestSupport.themesDirectory)
    let names = files.map { ThemeDirectory.themeName(ofFile: $0) }
    #expect(names == BuiltinThemeDocuments.names, "run python3 scripts/embed-themes.py")
    for file in files {
      let name = ThemeDirectory.themeName(ofFile: file)
      let text = try String(
        contentsOfFile: "\(ThemeTestSupport.themesDirectory)/\(file)", encoding: .utf8)
      let parsed = try ThemeParser.parse(text, file: "builtin:\(name)").get()
      #expect(
        BuiltinThemeDocuments.document(named: name) == parsed,
        "Themes/\(file) differs from its generated value: run python3 scripts/embed-themes.py")
    }
    #expect(BuiltinThemeDocuments.document(named: "no-such-theme") == nil)
  }

  @Test func eachFileIsNamedAfterItsTheme() {
    for (file, _) in BuiltinThemeFiles.files {
      let name = ThemeDirectory.themeName(ofFile: file)
      #expect(BuiltinThemes.theme(named: name)?.name == name)
    }
    #expect(
      Set(BuiltinThemes.order)
        == Set(BuiltinThemeFiles.files.map { ThemeDirectory.themeName(ofFile: $0.file) }))
  }

  /// Every role is written in every bundled file (none is left to a fallback).
  @Test func everyBundledThemeDefinesEveryRole() throws {
    for name in BuiltinThemes.order {
      var document = try #require(try BuiltinThemes.documents[name]?.get())
      while let baseName = document.base {
        let base = try #require(try BuiltinThemes.documents[baseName]?.get())
        document = document.over(base)
      }
      let missing = Role.allCases.filter { document.roles[$0] == nil }
      #expect(missing.isEmpty, "\(name) leaves out \(missing)")
      let theme = try #require(BuiltinThemes.theme(named: name))
      #expect(Set(theme.styles.keys) == Set(Role.allCases))
    }
  }

  @Test func theDefaultThemeIsTheParsedFileNotTheFallback() throws {
    let parsed = try #require(BuiltinThemes.theme(named: "default"))
    #expect(DefaultThemes.dark == parsed)
    #expect(DefaultThemes.dark != DefaultThemes.fallbackDark)
    #expect(DefaultThemes.dark.name == "default")
  }

  @Test func everyThemeHasADescription() {
    for theme in BuiltinThemes.all { #expect(!theme.description.isEmpty, "\(theme.name)") }
  }

  @Test func theSixKindsAskedForAreThere() {
    let themes = Dictionary(uniqueKeysWithValues: BuiltinThemes.all.map { ($0.name, $0) })
    #expect(themes["default"]?.appearance == .dark)
    #expect(themes["light"]?.appearance == .light)
    #expect(themes["high-contrast"] != nil)
    #expect(themes["monochrome"]?.usesColor == false)
    #expect(themes["amber"] != nil)
    #expect(themes["fjord"] != nil)
  }
}
