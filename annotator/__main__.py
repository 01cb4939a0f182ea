from annotator.start import main

main()
