# Praat reference pitch tracks for the fda.pitch eval (run by bench/praat-fda.sh).
# For every .wav in inDir: To Pitch (ac) with Praat's standard settings (floor 75 Hz, ceiling 600 Hz, 15 candidates,
# silence threshold 0.03, voicing threshold 0.45, octave cost 0.01, octave-jump cost 0.35, voiced/unvoiced cost 0.14)
# but a 2.5 ms time step, the hop Attune's tracker runs at in the same eval, so both are read at the frame nearest to
# each 15 ms reference instant. Writes outDir/NAME.f0: one line "time f0" per frame, f0 = 0 when unvoiced.
form Praat pitch tracks
  sentence inDir /work/shared/data/fda_ue_pitch
  sentence outDir /tmp/praat-fda
  positive timeStep 0.0025
  positive floor 75
  positive ceiling 600
endform
list = Create Strings as file list: "wavs", inDir$ + "/*.wav"
n = Get number of strings
for f to n
  selectObject: list
  name$ = Get string: f
  sound = Read from file: inDir$ + "/" + name$
  pitch = To Pitch (ac): timeStep, floor, 15, "no", 0.03, 0.45, 0.01, 0.35, 0.14, ceiling
  frames = Get number of frames
  out$ = outDir$ + "/" + (name$ - ".wav") + ".f0"
  text$ = ""
  for i to frames
    t = Get time from frame number: i
    f0 = Get value in frame: i, "Hertz"
    if f0 = undefined
      f0 = 0
    endif
    text$ = text$ + fixed$(t, 5) + " " + fixed$(f0, 3) + newline$
  endfor
  writeFile: out$, text$
  removeObject: sound, pitch
endfor
removeObject: list
