#!/usr/bin/env bash
# Runs README's Slurm job array, scaled down, on a real single-node Slurm cluster on localhost.
#
#   bash Scripts/slurm-study.sh [HEMICYCLE_BINARY]     (default .build/release/hemicycle)
#
# It installs Slurm and MUNGE from Debian's packages when they are missing, starts munged,
# slurmctld and slurmd in a folder of its own (no cgroups: proctrack/linuxproc, task/none), then:
#   1. submits Scripts/slurm/study.sbatch as an array of 8 tasks x 50,000 Mali 1992 runs and
#      Scripts/slurm/merge.sbatch with --dependency=afterok on it, and checks that the merged
#      study.json equals one unsharded `simulate` byte for byte;
#   2. does it again with task 3 made to fail (its output path is taken by a folder), checks that
#      Slurm cancels the merge (DependencyParameters=kill_invalid_depend, so nothing hangs), runs
#      task 3 again on its own, merges, and checks the same bytes.
# It stops the daemons by their PIDs on the way out, whatever happened. Exit 0: passed; 77: skipped
# (no Slurm and no way to install it: said on stderr); anything else: failed.
set -euo pipefail
cd "$(dirname "$0")/.."
project=$(pwd)
binary=$(realpath "${1:-.build/release/hemicycle}")
[[ -x "$binary" ]] || { echo "slurm-study: no binary at $binary (build it with swift build -c release)" >&2; exit 1; }

# --- Slurm and MUNGE -------------------------------------------------------------------------
needed=(munged slurmctld slurmd sbatch squeue scontrol sinfo)
missing() { for c in "${needed[@]}"; do PATH="$PATH:/usr/sbin" command -v "$c" >/dev/null || return 0; done; return 1; }
if missing; then
    sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo -n"
    echo "slurm-study: installing slurm-wlm and munge from Debian's packages" >&2
    if ! { command -v apt-get >/dev/null && $sudo apt-get update -qq \
           && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq slurm-wlm munge >/dev/null; }; then
        echo "slurm-study: SKIPPED: Slurm and MUNGE are not installed and could not be installed here" >&2
        exit 77
    fi
fi
export PATH="$(dirname "$binary"):$PATH:/usr/sbin"

# --- a cluster of one node, in a folder of its own --------------------------------------------
work=$(mktemp -d /tmp/hemicycle-slurm.XXXXXX)
chmod 700 "$work"
mkdir -p "$work"/{munge,state,spool,logs}
pids=()
stop_cluster() {
    local status=$?
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [[ $status -ne 0 ]]; then
        echo "slurm-study: FAILED; the daemons' and jobs' logs:" >&2
        for log in "$work"/logs/*; do [[ -f $log ]] && { echo "--- $log" >&2; tail -n 30 "$log" >&2; }; done
    fi
    [[ -n ${KEEP_SLURM:-} ]] || rm -rf "$work"
    exit $status
}
trap stop_cluster EXIT

dd if=/dev/urandom of="$work/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$work/munge/munge.key"
munged --foreground --force --key-file="$work/munge/munge.key" --socket="$work/munge/munge.sock" \
    --pid-file="$work/munge/munged.pid" --seed-file="$work/munge/seed" \
    --log-file="$work/logs/munged.log" >>"$work/logs/munged.log" 2>&1 &
pids+=($!)

node=$(hostname -s)
export SLURM_CONF="$work/slurm.conf"
cat > "$SLURM_CONF" <<CONF
ClusterName=hemicycle-ci
SlurmctldHost=$node(127.0.0.1)
SlurmUser=$(id -un)
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$work/munge/munge.sock
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SwitchType=switch/none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
DependencyParameters=kill_invalid_depend
SchedulerParameters=batch_sched_delay=0,sched_min_interval=0,sched_interval=1
MailProg=/bin/true
ReturnToService=2
MinJobAge=600
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/logs/slurmctld.log
SlurmdLogFile=$work/logs/slurmd.log
SlurmctldPort=16817
SlurmdPort=16818
NodeName=$node NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=ci Nodes=$node Default=YES MaxTime=60 State=UP
CONF

for _ in $(seq 50); do [[ -S $work/munge/munge.sock ]] && break; sleep 0.1; done
slurmctld -D -i -f "$SLURM_CONF" >>"$work/logs/slurmctld.log" 2>&1 &
pids+=($!)
slurmd -D -N "$node" -f "$SLURM_CONF" >>"$work/logs/slurmd.log" 2>&1 &
pids+=($!)

for _ in $(seq 100); do
    state=$(sinfo -h -n "$node" -o %T 2>/dev/null || true)
    [[ $state == idle ]] && break
    sleep 0.2
done
[[ $state == idle ]] || { echo "slurm-study: the node did not come up (state '${state:-none}')" >&2; exit 1; }
echo "slurm-study: cluster up: $(sinfo -h -o '%P %D node, %c CPUs, %T') (Slurm $(sinfo -V | cut -d' ' -f2))"

# --- helpers ----------------------------------------------------------------------------------
# Waits until no task of the given jobs is pending or running (at most 120 s).
wait_for() {
    for _ in $(seq 600); do
        [[ -z $(squeue -h -j "$(IFS=,; echo "$*")" -o %i 2>/dev/null) ]] && return 0
        sleep 0.2
    done
    echo "slurm-study: jobs $* still queued after 120 s" >&2; squeue >&2; return 1
}
# Prints "TASK STATE REASON" for each task of a job (or the job itself).
states() {
    scontrol -o show job "$1" | awk '{
        task = "-"; for (i = 1; i <= NF; i++) { split($i, kv, "=")
            if (kv[1] == "ArrayTaskId") task = kv[2]; if (kv[1] == "JobState") state = kv[2]; if (kv[1] == "Reason") reason = kv[2] }
        print task, state, reason }'
}
expect_state() { # JOB WANTED
    local got; got=$(states "$1" | awk '{print $2}' | sort -u | tr '\n' ' ')
    [[ $got == "$2 " ]] || { echo "slurm-study: job $1 is '$got', expected $2" >&2; states "$1" >&2; return 1; }
}

export SCENARIO=Scenarios/mali-1992.json RUNS=400000 SEED=7 SHARDS=8
export SBATCH_OUTPUT="$work/logs/%x-%A_%a.out"
reference="$work/unsharded.json"
hemicycle simulate "$SCENARIO" --runs "$RUNS" --seed "$SEED" --format json --output "$reference"

# --- 1. the job array, then the merge once every task has succeeded ---------------------------
export OUT="$work/shards"
# >>> README: these lines are README's "Slurm job array" commands
mkdir -p "$OUT"
array=$(sbatch --parsable --array=1-"$SHARDS" Scripts/slurm/study.sbatch)
merge=$(sbatch --parsable --dependency=afterok:"$array" Scripts/slurm/merge.sbatch)
# <<< README
started=$(date +%s%N)
wait_for "$array" "$merge"
expect_state "$array" COMPLETED
expect_state "$merge" COMPLETED
cmp "$OUT/study.json" "$reference"
elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
printf 'slurm-study: array %s (%d tasks x %d runs) and merge %s COMPLETED in %d.%03d s; study.json equals the unsharded simulate byte for byte\n' \
    "$array" "$SHARDS" $((RUNS / SHARDS)) "$merge" $((elapsed / 1000)) $((elapsed % 1000))

# --- 2. a task that fails, the merge Slurm cancels, the task run again --------------------------
export OUT="$work/shards-with-a-failure"
mkdir -p "$OUT/part-3.json"   # task 3's output path is taken: hemicycle cannot write it and exits 1
array=$(sbatch --parsable --array=1-"$SHARDS" Scripts/slurm/study.sbatch)
merge=$(sbatch --parsable --dependency=afterok:"$array" Scripts/slurm/merge.sbatch)
wait_for "$array" "$merge"
[[ $(states "$array" | awk '$1 == 3 {print $2}') == FAILED ]] || { echo "slurm-study: task 3 did not fail" >&2; exit 1; }
[[ $(states "$array" | awk '$1 != 3 {print $2}' | sort -u) == COMPLETED ]] || { echo "slurm-study: the other tasks did not complete" >&2; exit 1; }
expect_state "$merge" CANCELLED
[[ ! -e $OUT/study.json ]] || { echo "slurm-study: a merge ran after a failed task" >&2; exit 1; }
echo "slurm-study: task 3 of array $array FAILED ($(tail -n 1 "$work"/logs/hemicycle-study-"$array"_3.out)); merge $merge CANCELLED ($(states "$merge" | awk '{print $3}'))"
rmdir "$OUT/part-3.json"
rerun=$(sbatch --parsable --array=3 Scripts/slurm/study.sbatch)
merge=$(sbatch --parsable --dependency=afterok:"$rerun" Scripts/slurm/merge.sbatch)
wait_for "$rerun" "$merge"
expect_state "$rerun" COMPLETED
expect_state "$merge" COMPLETED
cmp "$OUT/study.json" "$reference"
echo "slurm-study: task 3 run again as job $rerun; merge $merge COMPLETED; study.json equals the unsharded simulate byte for byte"

# README's commands are these: fail if the two drift apart.
block=$(sed -n '/^# >>> README/,/^# <<< README/{/^# /d;p}' "$0")
readme=$(<README.md)
[[ $readme == *"$block"* ]] || { echo "slurm-study: README's job array commands differ from this script's:" >&2; echo "$block" >&2; exit 1; }
echo "slurm-study: passed"
