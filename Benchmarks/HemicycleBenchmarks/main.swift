import Hemicycle

print("hemicycle-bench \(Hemicycle.version)")
