/*
 * Follow-along hold timer and repetition counter for the exercise pages, and the step-by-step routine.
 * Progressive enhancement: the markup is hidden until this script builds the controls, so without JavaScript
 * the page simply shows the written instructions. No libraries, no inline code (the CSP allows 'self' only).
 *
 * Single exercise:
 *   <section class="exercise-timer" data-hold-seconds="30" data-reps="1" data-sides="both"
 *            data-exercise-title="Knee-to-chest stretch" hidden></section>
 *   data-hold-seconds: "30", or a range "20-30" (runs to 30, says when 20 is reached); absent or 0: no timer.
 *   data-reps: repetitions per side (default 1). data-sides: "both" (right, then left) or "none".
 *   data-mode: "hold" (default) or "move" (wording for flowing exercises such as cat-cow).
 * Routine: <div class="exercise-routine"> with <article class="routine-step" data-hold-seconds=".."
 *   data-reps=".." data-sides=".."> children (each with an <h2>) shows one step at a time.
 *
 * Screen readers hear a polite live region only at moments that matter (start, pause, halfway,
 * 5 seconds left, done, a repetition counted, a side switch), never every second.
 *
 * Words: the page's language from the data- attributes of <div class="timer-text" hidden> (fragments/guide ::
 * timerText, from the message bundles), each with {0}, {1} for the numbers; English where one is missing.
 */
(function () {
    'use strict';

    function el(tag, className, text) {
        var node = document.createElement(tag);
        if (className) { node.className = className; }
        if (text) { node.textContent = text; }
        return node;
    }

    function clock(seconds) {
        var s = Math.max(0, Math.ceil(seconds));
        return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
    }

    var ENGLISH = {
        followAlong: 'Follow along', timeLeft: 'Time left:', start: 'Start', pause: 'Pause', resume: 'Resume',
        reset: 'Reset', addRep: '+1 rep', rep: 'Rep {0} of {1}', rightSide: 'Right side', leftSide: 'Left side',
        secondOne: '{0} second', secondMany: '{0} seconds', resetSaid: 'Reset. {0}.', paused: 'Paused, {0} left.',
        resumed: 'Resumed, {0} left.', allDone: 'All repetitions are done. Press Reset to start again.',
        holdFor: 'Hold for {0}.', moveFor: 'Keep moving for {0}.', holdForRight: 'Hold for {0}, right side.',
        holdForLeft: 'Hold for {0}, left side.', moveForRight: 'Keep moving for {0}, right side.',
        moveForLeft: 'Keep moving for {0}, left side.', doneRelease: 'Done, release slowly.', done: 'Done.',
        fiveLeft: '5 seconds left.', minDone: '{0} done. Keep going to {1} if it feels comfortable.',
        halfway: 'Halfway, {0} left.', repSaid: 'Rep {0} of {1}.', switchRight: 'Now switch to your right side.',
        switchLeft: 'Now switch to your left side.', wellDone: 'All done, well done.',
        routineSteps: 'Routine steps', previous: 'Previous exercise', next: 'Next exercise',
        position: 'Exercise {0} of {1}', positionTitle: 'Exercise {0} of {1}: {2}'
    };

    var words = null;

    function t(key) {
        if (!words) {
            var source = document.querySelector('.timer-text');
            words = source ? source.dataset : {};
        }
        var text = words[key] || ENGLISH[key];
        var args = Array.prototype.slice.call(arguments, 1);
        return text.replace(/\{(\d)\}/g, function (all, i) { return String(args[Number(i)]); });
    }

    function plural(n) {
        return t(n === 1 ? 'secondOne' : 'secondMany', n);
    }

    function positiveInt(value, fallback) {
        var n = parseInt(value, 10);
        return n > 0 ? n : fallback;
    }

    function Timer(section, data, headingLevel) {
        var range = String(data.holdSeconds || '').split('-');
        this.minHold = positiveInt(range[0], 0);
        this.hold = positiveInt(range[1], this.minHold);
        this.reps = positiveInt(data.reps, 1);
        this.sides = data.sides === 'both' ? ['right', 'left'] : [null];
        this.moving = data.mode === 'move';
        this.section = section;
        this.build(headingLevel, data.exerciseTitle);
        this.reset(true);
    }

    Timer.prototype.build = function (headingLevel, title) {
        var s = this.section, self = this;
        if (!s.querySelector('h2, h3, h4')) {
            var heading = el('h' + headingLevel, 'timer-heading', t('followAlong'));
            if (title) { heading.appendChild(el('span', 'visually-hidden', ': ' + title)); }
            s.appendChild(heading);
        }
        this.sideLabel = el('p', 'timer-side');
        this.status = el('p', 'timer-status');
        this.status.setAttribute('aria-live', 'polite');
        if (this.sides[0]) { s.appendChild(this.sideLabel); }
        if (this.hold) {
            var face = el('p', 'timer-clock');
            face.appendChild(el('span', 'visually-hidden', t('timeLeft') + ' '));
            this.clock = el('span', 'timer-clock-value');
            face.appendChild(this.clock);
            this.progress = el('progress', 'timer-progress');
            this.progress.max = this.hold;
            this.progress.setAttribute('aria-hidden', 'true');
            this.startButton = el('button', 'button timer-start', t('start'));
            this.startButton.type = 'button';
            var resetButton = el('button', 'button button-secondary timer-reset', t('reset'));
            resetButton.type = 'button';
            var controls = el('div', 'timer-controls');
            controls.append(this.startButton, resetButton);
            s.append(face, this.progress, controls);
            this.startButton.addEventListener('click', function () { self.toggle(); });
            resetButton.addEventListener('click', function () { self.reset(false); });
        }
        this.repLabel = el('p', 'timer-reps');
        var repButton = el('button', 'button button-secondary timer-rep', t('addRep'));
        repButton.type = 'button';
        repButton.addEventListener('click', function () { self.countRep(); });
        var repRow = el('div', 'timer-controls');
        repRow.append(this.repLabel, repButton);
        if (!this.hold) {
            var resetReps = el('button', 'button button-secondary timer-reset', t('reset'));
            resetReps.type = 'button';
            resetReps.addEventListener('click', function () { self.reset(false); });
            repRow.appendChild(resetReps);
        }
        s.append(repRow, this.status);
        s.hidden = false;
    };

    Timer.prototype.say = function (message) {
        this.status.textContent = message;
    };

    Timer.prototype.showReps = function () {
        this.repLabel.textContent = t('rep', this.done, this.reps);
        var side = this.sides[this.side];
        this.sideLabel.textContent = side ? (side === 'right' ? t('rightSide') : t('leftSide')) : '';
    };

    Timer.prototype.reset = function (silent) {
        this.stop();
        this.side = 0;
        this.done = 0;
        this.finished = false;
        this.rewind();
        this.showReps();
        this.section.classList.remove('is-finished');
        if (!silent) { this.say(t('resetSaid', this.repLabel.textContent)); }
    };

    Timer.prototype.rewind = function () {
        this.remaining = this.hold;
        this.marks = {};
        this.paint();
    };

    Timer.prototype.paint = function () {
        if (!this.hold) { return; }
        this.clock.textContent = clock(this.remaining);
        this.progress.value = this.hold - this.remaining;
        this.startButton.textContent = this.running ? t('pause') : (this.remaining < this.hold ? t('resume') : t('start'));
        this.section.classList.toggle('is-running', !!this.running);
    };

    Timer.prototype.toggle = function () {
        if (this.running) {
            this.remaining = Math.max(0, (this.endsAt - performance.now()) / 1000);
            this.stop();
            this.say(t('paused', plural(Math.ceil(this.remaining))));
            this.paint();
            return;
        }
        if (this.finished) {
            this.say(t('allDone'));
            return;
        }
        var side = this.sides[this.side];
        this.say(this.remaining < this.hold
            ? t('resumed', plural(Math.ceil(this.remaining)))
            : t((this.moving ? 'moveFor' : 'holdFor') + (side ? (side === 'right' ? 'Right' : 'Left') : ''),
                plural(this.hold)));
        this.endsAt = performance.now() + this.remaining * 1000;
        var self = this;
        this.running = setInterval(function () { self.tick(); }, 250);
        this.paint();
    };

    Timer.prototype.stop = function () {
        clearInterval(this.running);
        this.running = null;
    };

    Timer.prototype.tick = function () {
        this.remaining = Math.max(0, (this.endsAt - performance.now()) / 1000);
        var left = Math.ceil(this.remaining), elapsed = this.hold - this.remaining;
        if (this.remaining <= 0) {
            this.stop();
            this.rewind();
            this.countRep((this.moving ? t('done') : t('doneRelease')) + ' ');
            return;
        }
        // Announce each moment once, and only the latest if several passed at once (e.g. a sleeping tab).
        var message = null;
        if (this.hold >= 10 && left <= 5) {
            message = this.mark('five', t('fiveLeft'));
        } else if (this.minHold && this.minHold < this.hold && elapsed >= this.minHold) {
            message = this.mark('min', t('minDone', plural(this.minHold), this.hold));
        } else if (this.hold >= 10 && !(this.minHold < this.hold) && elapsed >= this.hold / 2) {
            message = this.mark('half', t('halfway', plural(left)));
        }
        if (message) { this.say(message); }
        this.paint();
    };

    Timer.prototype.mark = function (name, message) {
        if (this.marks[name]) { return null; }
        this.marks[name] = true;
        return message;
    };

    Timer.prototype.countRep = function (prefix) {
        if (this.finished) {
            this.say(t('allDone'));
            return;
        }
        this.done += 1;
        var message = (prefix || '') + t('repSaid', this.done, this.reps);
        this.showReps();
        if (this.done >= this.reps) {
            if (this.side + 1 < this.sides.length) {
                this.side += 1;
                this.done = 0;
                message += ' ' + (this.sides[this.side] === 'right' ? t('switchRight') : t('switchLeft'));
                this.showReps();
            } else {
                this.finished = true;
                this.section.classList.add('is-finished');
                message += ' ' + t('wellDone');
            }
        }
        this.say(message);
        this.paint();
    };

    function data(node) {
        return {
            holdSeconds: node.dataset.holdSeconds, reps: node.dataset.reps, sides: node.dataset.sides,
            mode: node.dataset.mode, exerciseTitle: node.dataset.exerciseTitle
        };
    }

    function routine(container) {
        var steps = Array.prototype.slice.call(container.querySelectorAll('.routine-step'));
        if (!steps.length) { return; }
        var current = 0;
        var position = el('p', 'routine-position');
        var nav = el('nav', 'routine-nav');
        nav.setAttribute('aria-label', t('routineSteps'));
        var prev = el('button', 'button button-secondary routine-prev', t('previous'));
        var next = el('button', 'button routine-next', t('next'));
        prev.type = next.type = 'button';
        nav.append(prev, next);
        container.insertBefore(position, container.firstChild);
        container.appendChild(nav);

        steps.forEach(function (step) {
            var section = step.querySelector('.exercise-timer');
            if (!section) {
                section = el('section', 'exercise-timer');
                step.appendChild(section);
            }
            var heading = step.querySelector('h2, h3');
            var values = data(section.dataset.holdSeconds || section.dataset.reps ? section : step);
            values.exerciseTitle = values.exerciseTitle || (heading ? heading.textContent.trim() : '');
            new Timer(section, values, heading ? Math.min(6, Number(heading.tagName.charAt(1)) + 1) : 3);
            if (heading) { heading.tabIndex = -1; }
        });

        function show(index, moveFocus) {
            current = index;
            steps.forEach(function (step, i) { step.hidden = i !== index; });
            var heading = steps[index].querySelector('h2, h3');
            // data-title: the heading's text without its "1." (the position already says which one it is).
            var title = steps[index].dataset.title || (heading ? heading.textContent.trim() : '');
            position.textContent = title ? t('positionTitle', index + 1, steps.length, title)
                : t('position', index + 1, steps.length);
            prev.disabled = index === 0;
            next.disabled = index === steps.length - 1;
            if (moveFocus && heading) { heading.focus(); }
        }
        prev.addEventListener('click', function () { if (current > 0) { show(current - 1, true); } });
        next.addEventListener('click', function () { if (current < steps.length - 1) { show(current + 1, true); } });
        container.classList.add('is-enhanced');
        show(0, false);
    }

    function init() {
        Array.prototype.forEach.call(document.querySelectorAll('.exercise-routine'), routine);
        Array.prototype.forEach.call(document.querySelectorAll('.exercise-timer'), function (section) {
            if (!section.closest('.exercise-routine')) { new Timer(section, data(section), 2); }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
