import Hemicycle
import Testing

/// A report names files relative to the working folder where it can (issue 18, point 4: no
/// author's home folder on a published page).
@Suite("File paths")
struct FilePathTests {
    @Test(arguments: [
        ("/home/ana/work/Scenarios/mali.json", "/home/ana/work", "Scenarios/mali.json"),
        ("/home/ana/work/./Scenarios/../mali.json", "/home/ana/work/", "mali.json"),
        ("/home/ana/other/mali.json", "/home/ana/work", "/home/ana/other/mali.json"),
        ("/home/ana/workshop/mali.json", "/home/ana/work", "/home/ana/workshop/mali.json"),
        ("/home/ana/work", "/home/ana/work", "/home/ana/work"),
        ("Scenarios/mali.json", "/home/ana/work", "Scenarios/mali.json"),
    ])
    func relative(path: String, folder: String, expected: String) {
        #expect(FilePath.relative(path, to: folder) == expected)
    }
}
