// The entry point of `hemicycle`: everything else is in HemicycleCommand.
await HemicycleCommand.main()
