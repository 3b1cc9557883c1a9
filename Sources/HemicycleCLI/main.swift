import Hemicycle

print("hemicycle \(Hemicycle.version)")
