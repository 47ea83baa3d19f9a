# The reference prosody workload for bench/audio-speed.sh: on each channel of a stereo call, Praat's pitch tracker
# with its standard settings (To Pitch (ac): time step 0 = auto (0.75 / floor = 10 ms), floor 75 Hz, 15 candidates,
# silence threshold 0.03, voicing threshold 0.45, octave cost 0.01, octave-jump cost 0.35, voiced/unvoiced cost 0.14,
# ceiling 600 Hz) and its intensity contour (To Intensity: minimum pitch 100 Hz, time step auto, subtract mean).
# Prints the frame counts so a run that did nothing shows.
form Pitch and intensity of a stereo call
  sentence file /tmp/call.wav
endform
sound = Read from file: file$
channels = Get number of channels
summary$ = ""
for ch to channels
  selectObject: sound
  mono = Extract one channel: ch
  pitch = To Pitch (ac): 0, 75, 15, "no", 0.03, 0.45, 0.01, 0.35, 0.14, 600
  voiced = Count voiced frames
  selectObject: mono
  intensity = To Intensity: 100, 0, "yes"
  frames = Get number of frames
  summary$ = summary$ + "channel " + string$(ch) + ": " + string$(voiced) + " voiced pitch frames, " + string$(frames) + " intensity frames; "
  removeObject: mono, pitch, intensity
endfor
removeObject: sound
writeInfoLine: summary$
