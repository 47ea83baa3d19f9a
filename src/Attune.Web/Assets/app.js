// Attune pages: small progressive enhancements only; every page works without this script.
document.addEventListener('click', (e) => {
  // click-to-seek: any element with data-seek="seconds" moves the page's audio player there
  const seek = e.target.closest('[data-seek]');
  if (seek) {
    const audio = document.querySelector('audio[data-player]');
    if (audio) { audio.currentTime = parseFloat(seek.dataset.seek); audio.play(); e.preventDefault(); }
  }
});
